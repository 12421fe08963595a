import type { IsoDate } from '../calendar/iso-date';
import type { ChildFacts, FactName } from './child-facts';
import { childAge } from './child-age';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { isDeFactoUnsupported } from './is-de-facto-unsupported';
import { isOrphan, orphanAgeLimit } from './is-orphan';
import { valueIn, type ParameterSet } from './parameters';
import { formatYuan, toEligibility, type Programme } from './programme';
import { hukouBook, requiredDocument } from './required-documents';
import { sources } from './sources';

function infected(facts: ChildFacts): Finding {
  if (facts.hivInfected === undefined) return unknownFor(['hivInfected'], '还需要知道孩子是否感染艾滋病病毒', sources.hiv);
  return facts.hivInfected ? holds('孩子是艾滋病病毒感染儿童', sources.hiv) : fails('孩子没有感染艾滋病病毒', sources.hiv);
}

/**
 * Not paid on top of the orphan or de-facto allowance, which pay at the same standard: like orphans
 * and de-facto children (docs/policy.md: "not counted twice"), the child is covered once, through the
 * programme for its parents' situation.
 */
function notCoveredElsewhere(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Finding {
  const orphan = isOrphan(facts, date, regionCode, params);
  const deFacto = isDeFactoUnsupported(facts, date, regionCode, params);
  if (orphan.holds === true) return fails('孩子符合孤儿条件，按孤儿基本生活费保障，不重复发放', sources.hiv);
  if (deFacto.holds === true) return fails('孩子符合事实无人抚养儿童条件，按事实无人抚养儿童基本生活补贴保障，不重复发放', sources.hiv);
  if (orphan.holds === 'unknown' || deFacto.holds === 'unknown') {
    const missing = [...new Set<FactName>([...orphan.missingFacts, ...deFacto.missingFacts])];
    return unknownFor(missing, '还需要父母的情况，确认是否已按孤儿或事实无人抚养儿童保障', sources.hiv);
  }
  return holds('孩子不属于孤儿或事实无人抚养儿童，单独按本项保障', sources.hiv);
}

/**
 * 艾滋病病毒感染儿童基本生活补贴: under 18 and infected, at the scattered-orphan standard
 * (000 第四章第六节, 第五章第一节). Extremely sensitive: the facts and documents are for the approving
 * staff chain only (docs/policy.md "Privacy").
 */
export const hivChildAllowance: Programme<'hivChildAllowance'> = {
  id: 'hivChildAllowance',
  name: '艾滋病病毒感染儿童基本生活补贴',
  eligibility: (facts, date, regionCode, params) =>
    toEligibility(
      allOf(
        childAge(facts, date, orphanAgeLimit(date, regionCode, params), sources.hiv),
        infected(facts),
        notCoveredElsewhere(facts, date, regionCode, params),
      ),
    ),
  amount(_facts, date, regionCode, params) {
    const standard = valueIn(params, 'benefits.orphan_allowance.scattered_amount', regionCode, date);
    return {
      monthly: standard,
      breakdown: [{ label: '参照社会散居孤儿基本生活费标准', amount: standard }],
      text: `参照社会散居孤儿标准：每月 ${formatYuan(standard)} 元`,
    };
  },
  requiredDocuments: (facts) => [
    hukouBook,
    ...(facts.hivInfected ? [requiredDocument('hivDiagnosis', '证明孩子感染艾滋病病毒；只给审批人员看')] : []),
  ],
};
