import type { FactName } from './child-facts-schema';

/** The facts the rules read (their schema, with zod, is in child-facts-schema.ts, so the app can use the rules without loading zod). */
export type { ChildFacts, FactName } from './child-facts-schema';

/**
 * What a parent's situation is, in the words of the seeds (000 第五章第一节, 第四章第三节/第四节;
 * docs/policy.md "Who is which kind of child"). Each value is a code; the labels are what the app shows.
 */
export const parentSituationLabels = {
  atHome: '在家',
  workingAway: '外出务工',
  deceased: '死亡',
  declaredMissing: '失踪（宣告失踪）',
  notFound: '查找不到（生父母不详）',
  severelyDisabled: '重残',
  severelyIll: '重病',
  imprisoned: '服刑在押',
  compulsoryDrugRehab: '强制隔离戒毒',
  otherRestriction: '被执行其他限制人身自由措施',
  lostContact: '失联',
  abandoned: '弃养',
  other: '其他（能抚养孩子）',
} as const;
export type ParentSituation = keyof typeof parentSituationLabels;

/** Vision, hearing, speech, physical, intellectual, mental, multiple; autism is listed on its own for rehabilitation (000 第四章第六节). */
export const disabilityKindLabels = {
  vision: '视力残疾',
  hearing: '听力残疾',
  speech: '言语残疾',
  physical: '肢体残疾',
  intellectual: '智力残疾',
  mental: '精神残疾',
  autism: '孤独症',
  multiple: '多重残疾',
} as const;
export type DisabilityKind = keyof typeof disabilityKindLabels;

/** The assistance a family may already receive, named once for the question, the check and the amount lines. */
export const familyAssistanceLabels = {
  none: '都没有',
  minimumLiving: '低保',
  destituteSupport: '特困供养',
} as const;
export type FamilyAssistance = keyof typeof familyAssistanceLabels;

export const schoolingLabels = {
  none: '未上学',
  preschool: '学前教育（幼儿园）',
  compulsory: '义务教育（小学、初中）',
  highSchool: '普通高中',
  higherOrVocational: '高等院校或中等职业学校',
} as const;
export type Schooling = keyof typeof schoolingLabels;

/** The question the app asks for each missing fact. */
export const factQuestions: Record<FactName, string> = {
  birthDate: '孩子的出生日期（或身份证号码）',
  residentId: '孩子的身份证号码',
  father: '父亲现在的情况',
  mother: '母亲现在的情况',
  fatherLostContactSince: '父亲从哪年哪月起联系不上',
  motherLostContactSince: '母亲从哪年哪月起联系不上',
  livingArrangement: '孩子是在儿童福利机构养育，还是由亲属或家庭照料',
  hivInfected: '孩子是否感染艾滋病病毒',
  disability: '孩子是否有残疾，残疾类别和等级',
  familyAssistance: '家庭是否享受低保或特困供养',
  assistanceMonthly: '孩子每月领取的低保金或特困供养金（按人均）',
  disabilityLivingSubsidyMonthly: '孩子每月领取的困难残疾人生活补贴（没有填0）',
  hukouRegion: '孩子的户口所在地',
  residenceRegion: '孩子现在居住的地方',
  monthsAtResidence: '孩子在现居住地住了几个月',
  residencePermit: '孩子（或随行的父母）是否办了现居住地的居住证',
  livesWithGuardian: '孩子是否和父母或其他监护人一起住在现居住地',
  schooling: '孩子现在处在哪个学习阶段',
  enrolled: '孩子现在是否在校就读',
  household: '家庭是农村户口还是城镇户口',
  orphanedAsChild: '父母双亡（或查找不到）是否发生在孩子满18周岁之前',
  suddenHardship: '家庭是否遭遇突发、紧急的生活困难（如火灾、重病、事故）',
};
