import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date';
import { residentIdSchema, parseResidentId } from '../identity/resident-id';
import { regionCodeSchema } from '../regions/region-schemas';

/** The codes of a label map, as a zod enum wants them. */
const keysOf = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

/**
 * What a parent's situation is, in the words of the seeds (000 第五章第一节, 第四章第三节/第四节;
 * DOMAIN.md "Who is which kind of child"). Each value is a code; the labels are what the app shows.
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
export const parentSituationSchema = z.enum(keysOf(parentSituationLabels));

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

export const schoolingLabels = {
  none: '未上学',
  preschool: '学前教育（幼儿园）',
  compulsory: '义务教育（小学、初中）',
  highSchool: '普通高中',
  higherOrVocational: '高等院校或中等职业学校',
} as const;
export type Schooling = keyof typeof schoolingLabels;

const monthlyYuan = z.number().nonnegative().max(100_000);

/**
 * The facts about one child that the rules read. Every field is optional: a rule that needs an absent
 * fact answers 'unknown' and names it in `missingFacts`, so the app asks only those questions.
 */
export const childFactsSchema = z
  .object({
    /** Either the birth date or the resident ID (from which the birth date is read). */
    birthDate: isoDateSchema.optional(),
    residentId: residentIdSchema.optional(),
    father: parentSituationSchema.optional(),
    mother: parentSituationSchema.optional(),
    /** 集中养育 in a welfare institution, or 社会散居 with relatives or a family. */
    livingArrangement: z.enum(['institution', 'family']).optional(),
    hivInfected: z.boolean().optional(),
    /** null: the child has no disability. grade null: no certificate yet (diagnosis only). */
    disability: z
      .object({ kind: z.enum(keysOf(disabilityKindLabels)), grade: z.literal([1, 2, 3, 4]).nullable() })
      .nullable()
      .optional(),
    /** The family's 低保 or 特困供养 status. */
    familyAssistance: z.enum(['none', 'minimumLiving', 'destituteSupport']).optional(),
    /** The child's own monthly 低保金 or 特困供养金 (per-capita share), in yuan. */
    assistanceMonthly: monthlyYuan.optional(),
    /** 困难残疾人生活补贴 the child receives each month; 0 when none. */
    disabilityLivingSubsidyMonthly: monthlyYuan.optional(),
    hukouRegion: regionCodeSchema.optional(),
    residenceRegion: regionCodeSchema.optional(),
    monthsAtResidence: z.number().int().min(0).max(1200).optional(),
    /** Holds a residence permit (居住证) at the place of residence: the key to school and medical insurance there (002 （七）（八）). */
    residencePermit: z.boolean().optional(),
    /** Lives with at least one parent or guardian at the place of residence. */
    livesWithGuardian: z.boolean().optional(),
    schooling: z.enum(keysOf(schoolingLabels)).optional(),
    enrolled: z.boolean().optional(),
    household: z.enum(['rural', 'urban']).optional(),
    /** Both parents were lost before the 18th birthday, i.e. the young adult was an orphan as a child. */
    orphanedAsChild: z.boolean().optional(),
    /** The family is hit by a sudden, urgent, temporary hardship (000 第四章第四节). */
    suddenHardship: z.boolean().optional(),
  })
  .refine(
    (facts) => {
      const parsed = facts.residentId === undefined ? undefined : parseResidentId(facts.residentId);
      return facts.birthDate === undefined || !parsed?.valid || parsed.birthDate === facts.birthDate;
    },
    { message: '出生日期与身份证号码中的出生日期不一致，请核对', path: ['birthDate'] },
  )
  .meta({ id: 'ChildFacts' });
export type ChildFacts = z.infer<typeof childFactsSchema>;
export type FactName = keyof ChildFacts;

/** The question the app asks for each missing fact. */
export const factQuestions: Record<FactName, string> = {
  birthDate: '孩子的出生日期（或身份证号码）',
  residentId: '孩子的身份证号码',
  father: '父亲现在的情况',
  mother: '母亲现在的情况',
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
