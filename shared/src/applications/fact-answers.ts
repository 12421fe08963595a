import {
  disabilityKindLabels,
  familyAssistanceLabels,
  parentSituationLabels,
  schoolingLabels,
  type ChildFacts,
  type FactName,
} from '../rules/child-facts';
import { describeLostContactSince, lostContactSinceFacts } from '../rules/lost-contact';

export interface AnswerOption {
  /** The stored value; booleans as true/false. */
  value: string | boolean;
  label: string;
}

const options = (labels: Record<string, string>): AnswerOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const yesNo: AnswerOption[] = [
  { value: true, label: '是' },
  { value: false, label: '否' },
];

/** The choices offered for each fact answered by picking one (the others are numbers or the disability pair). */
export const answerOptions: Partial<Record<FactName, AnswerOption[]>> = {
  father: options(parentSituationLabels),
  mother: options(parentSituationLabels),
  livingArrangement: options({ family: '由亲属或家庭照料（社会散居）', institution: '在儿童福利机构养育（集中养育）' }),
  hivInfected: yesNo,
  familyAssistance: options({
    none: familyAssistanceLabels.none,
    minimumLiving: `享受${familyAssistanceLabels.minimumLiving}`,
    destituteSupport: `享受${familyAssistanceLabels.destituteSupport}`,
  }),
  livesWithGuardian: yesNo,
  residencePermit: yesNo,
  schooling: options(schoolingLabels),
  enrolled: yesNo,
  household: options({ rural: '农村户口', urban: '城镇户口' }),
  orphanedAsChild: yesNo,
  suddenHardship: yesNo,
};

/** Facts answered with a number, and the unit shown after the box. */
export const numberUnits: Partial<Record<FactName, string>> = {
  assistanceMonthly: '元/月',
  disabilityLivingSubsidyMonthly: '元/月',
  monthsAtResidence: '个月',
};

export const disabilityGradeLabels: Record<1 | 2 | 3 | 4, string> = { 1: '一级', 2: '二级', 3: '三级', 4: '四级' };

/** An answer in the words the family reads on the check-your-answers page. */
export function describeAnswer<F extends FactName>(fact: F, value: ChildFacts[F]): string {
  if (value === undefined) return '未填写';
  if (fact === 'disability') {
    const disability = value as ChildFacts['disability'];
    if (!disability) return '没有残疾';
    const grade = disability.grade === null ? '还没有残疾证' : disabilityGradeLabels[disability.grade];
    return `${disabilityKindLabels[disability.kind]}，${grade}`;
  }
  if (fact === 'disabilityLivingSubsidyMonthly' && value === 0) return '没有领取';
  if ((Object.values(lostContactSinceFacts) as FactName[]).includes(fact)) return `${describeLostContactSince(value as string)}起`;
  const unit = numberUnits[fact];
  if (unit && typeof value === 'number') return unit === '元/月' ? `每月 ${value} 元` : `${value} ${unit}`;
  const option = answerOptions[fact]?.find((candidate) => candidate.value === value);
  return option?.label ?? String(value);
}
