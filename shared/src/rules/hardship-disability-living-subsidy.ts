import type { ChildFacts } from './child-facts';
import { disabilityCertificate } from './disability-certificate';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { flatMonthlyStandard } from './flat-monthly-standard';
import { toEligibility, type Programme } from './programme';
import { disabilityDocument, hukouBook, requiredDocument } from './required-documents';
import { sources } from './sources';

/**
 * "Poor family" is read as a 低保 family, the national target group of this subsidy. A child under
 * 特困供养 already has its basic living covered by that support; the family is told to ask the county.
 */
function poorFamily(facts: ChildFacts): Finding {
  const source = sources.disabilitySubsidies;
  switch (facts.familyAssistance) {
    case undefined:
      return unknownFor(['familyAssistance'], '还需要知道家庭是否享受低保', source);
    case 'minimumLiving':
      return holds('家庭享受低保', source);
    case 'destituteSupport':
      return fails('孩子已纳入特困供养，基本生活由特困供养保障；如有疑问请咨询县民政局', source);
    case 'none':
      return fails('家庭没有享受低保，困难残疾人生活补贴给低保家庭的残疾儿童', source);
  }
}

/**
 * 困难残疾人生活补贴 (000 第四章第六节; docs/policy.md "Money"): disabled children of poor families, with a
 * disability certificate of any kind and grade. May be received together with the care subsidy.
 */
export const hardshipDisabilityLivingSubsidy: Programme<'hardshipDisabilityLivingSubsidy'> = {
  id: 'hardshipDisabilityLivingSubsidy',
  name: '困难残疾人生活补贴',
  eligibility: (facts) => toEligibility(allOf(disabilityCertificate(facts, () => true, ''), poorFamily(facts))),
  amount: (_facts, date, regionCode, params) =>
    flatMonthlyStandard(params, 'benefits.disability_subsidies.hardship_living_amount', '困难残疾人生活补贴', '可与重度残疾人护理补贴同时享受', regionCode, date),
  requiredDocuments: (facts) => [
    hukouBook,
    ...disabilityDocument(facts),
    requiredDocument('assistanceCertificate', '证明家庭享受低保'),
  ],
};
