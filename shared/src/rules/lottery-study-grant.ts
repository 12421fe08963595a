import type { ChildFacts } from './child-facts';
import { adultAge } from './child-age';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { orphanAgeLimit, parentsLost } from './is-orphan';
import { valueIn } from './parameters';
import { formatYuan, toEligibility, type Programme } from './programme';
import { hukouBook, parentDocuments, requiredDocument } from './required-documents';
import { sources } from './sources';

const source = sources.studyGrant;

function orphanedAsChild(facts: ChildFacts): Finding {
  if (facts.orphanedAsChild === undefined) return unknownFor(['orphanedAsChild'], '还需要知道是否在满18周岁前失去父母', source);
  return facts.orphanedAsChild ? holds('满18周岁前已是孤儿', source) : fails('满18周岁前不是孤儿', source);
}

function inHigherOrVocationalEducation(facts: ChildFacts): Finding {
  if (facts.schooling === undefined) return unknownFor(['schooling'], '还需要现在的学习阶段', source);
  if (facts.schooling !== 'higherOrVocational') return fails('没有在高等院校或中等职业学校就读', source);
  if (facts.enrolled === undefined) return unknownFor(['enrolled'], '还需要知道是否在校就读', source);
  return facts.enrolled ? holds('在高等院校或中等职业学校就读', source) : fails('目前没有在校就读', source);
}

/**
 * 福彩圆梦孤儿助学: orphans who, at 18 or older, study at a university or a vocational school receive
 * a grant each school year (000 第一章第一节). They are no longer children, so "orphan" here means both
 * parents were lost before the 18th birthday.
 */
export const lotteryStudyGrant: Programme<'lotteryStudyGrant'> = {
  id: 'lotteryStudyGrant',
  name: '福彩圆梦孤儿助学',
  eligibility: (facts, date, regionCode, params) =>
    toEligibility(
      allOf(
        adultAge(facts, date, orphanAgeLimit(date, regionCode, params), source),
        parentsLost(facts),
        orphanedAsChild(facts),
        inHigherOrVocationalEducation(facts),
      ),
    ),
  amount(_facts, date, regionCode, params) {
    const grant = valueIn(params, 'benefits.lottery_study_grant.amount', regionCode, date);
    return {
      perSchoolYear: grant,
      breakdown: [{ label: '福彩圆梦助学金', amount: grant }],
      text: `每学年 ${formatYuan(grant)} 元`,
    };
  },
  requiredDocuments: (facts) => [
    hukouBook,
    ...parentDocuments(facts),
    requiredDocument('enrollmentProof', '证明在高等院校或中等职业学校就读'),
  ],
};
