import { childAge } from './child-age';
import { disabilityKindLabels, type ChildFacts, type DisabilityKind } from './child-facts';
import { allOf, fails, holds, unknownFor, type Finding } from './finding';
import { optionalValueIn, valueIn } from './parameters';
import { formatYuan, standardNotEntered, toEligibility, type Programme } from './programme';
import { disabilityDocument, hukouBook } from './required-documents';
import { sources } from './sources';

const source = sources.rehabilitation;

/**
 * The kinds the seed lists: vision, hearing, speech, intellectual, physical and autism. Multiple
 * disability is accepted because it is a combination of listed kinds; mental disability other than
 * autism is not listed.
 */
const coveredKinds: readonly DisabilityKind[] = ['vision', 'hearing', 'speech', 'intellectual', 'physical', 'autism', 'multiple'];

function coveredDisability(facts: ChildFacts): Finding {
  if (facts.disability === undefined) return unknownFor(['disability'], '还需要孩子的残疾情况', source);
  if (facts.disability === null) return fails('孩子没有残疾', source);
  const label = disabilityKindLabels[facts.disability.kind];
  return coveredKinds.includes(facts.disability.kind)
    ? holds(`孩子有${label}，属于康复救助的类别；是否有康复需求和适应指征由康复机构评估`, source)
    : fails(`${label}（孤独症以外）不在康复救助所列的类别中`, source);
}

/**
 * 残疾儿童康复救助 (000 第四章第六节): disabled children aged 0–6 with vision, hearing, speech,
 * intellectual or physical disability or autism get surgery, assistive devices and basic training free;
 * the training subsidy follows the county standard and is settled by the designated rehabilitation
 * institution. It may be received together with the care subsidy.
 */
export const childRehabilitation: Programme<'childRehabilitation'> = {
  id: 'childRehabilitation',
  name: '残疾儿童康复救助',
  // "0—6岁" is up to the 7th birthday; provinces may raise it (benefits.child_rehabilitation.age_limit).
  eligibility: (facts, date, regionCode, params) =>
    toEligibility(
      allOf(childAge(facts, date, valueIn(params, 'benefits.child_rehabilitation.age_limit', regionCode, date), source), coveredDisability(facts)),
    ),
  amount(_facts, date, regionCode, params) {
    const subsidy = optionalValueIn(params, 'benefits.child_rehabilitation.training_subsidy', regionCode, date);
    if (subsidy === undefined) return standardNotEntered('康复训练补贴');
    return {
      perYear: subsidy,
      breakdown: [{ label: '康复训练补贴（县级标准，由定点康复机构结算）', amount: subsidy }],
      text: `手术、辅助器具和基本康复训练免费；康复训练补贴每年 ${formatYuan(subsidy)} 元，由定点康复机构结算`,
    };
  },
  requiredDocuments: (facts) => [hukouBook, ...disabilityDocument(facts)],
};
