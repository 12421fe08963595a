import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { parseResidentId } from '../identity/resident-id';
import { residentIdSchema } from '../identity/resident-id-schema';
import { regionCodeSchema } from '../regions/region-schemas';
import { disabilityKindLabels, parentSituationLabels, schoolingLabels } from './child-facts';

/** The codes of a label map, as a zod enum wants them. */
const keysOf = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

export const parentSituationSchema = z.enum(keysOf(parentSituationLabels));

const monthlyYuan = z.number().nonnegative().max(100_000);

/** Since when a parent answered 失联 is out of contact: `YYYY-MM`, or `YYYY` for that year or earlier (lost-contact.ts). */
const lostContactSince = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '请选择从哪年哪月起联系不上');

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
    fatherLostContactSince: lostContactSince.optional(),
    motherLostContactSince: lostContactSince.optional(),
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
