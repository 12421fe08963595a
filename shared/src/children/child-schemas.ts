import { z } from 'zod';
import { residentIdSchema } from '../identity/resident-id-schema';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { regionRefSchema } from '../regions/region-schemas';
import { guardianRelationLabels, type GuardianRelation } from './guardian-relations';
import { plainText } from '../validation/plain-text';

/** A village or community code: applications are routed to a village, so the child's places are villages. */
export const villageCodeSchema = z.string().regex(/^\d{12}$/, '请选到村（社区）一级');

/**
 * A hukou place: a village, or for a hukou outside the area this service has villages for, its county (6 digits)
 * or township (9) with the written address (docs/policy.md "Families from anywhere in China").
 */
export const hukouCodeSchema = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/, '请选到县（区）、乡镇（街道）或村（社区）一级');

/** The 户籍详细地址 as written in the 户口簿, asked when the hukou place is not chosen down to the village. */
export const hukouAddressSchema = plainText().min(4, '请按户口簿填写详细地址，写到村（社区）、门牌').max(100, '地址太长了，请写到100字以内');

export const childIdParamsSchema = z.object({ childId: z.uuid('孩子编号格式不对') });

/**
 * A child the family adds, by a client-made id so that a retried request on a weak network adds the child
 * once (`PUT /api/children/:childId`), and saving it again edits it. The birth date and sex are read from the ID number.
 */
export const childInputSchema = z
  .object({
    name: plainText().min(1, '请填写孩子的姓名').max(32, '姓名太长了'),
    /** Left out when a family edits a child: the app shows it masked, and it stays as it was. */
    residentId: residentIdSchema.optional(),
    /** The hukou village (户籍地), as written in the 户口簿; a county or township where this service has no villages. */
    hukouRegion: hukouCodeSchema,
    /** Required with a hukou county or township; with a village, which says it all, it is not kept. */
    hukouAddress: hukouAddressSchema.nullable().default(null),
    /** Where the child lives now, when that is not the hukou village. */
    residenceRegion: villageCodeSchema.nullable().default(null),
    relation: z.enum(Object.keys(guardianRelationLabels) as [GuardianRelation, ...GuardianRelation[]]),
    /** The name of the person adding the child (the applicant), so the director knows whom to call before a visit. Left out, it stays as it was. */
    guardianName: plainText().min(1, '请填写您的姓名').max(32, '姓名太长了').optional(),
  })
  .meta({ id: 'ChildInput' });
export type ChildInput = z.input<typeof childInputSchema>;

export const childSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    /** Masked (5201**********1234) everywhere but where the rules and the case need it. */
    maskedResidentId: z.string(),
    birthDate: isoDateSchema,
    sex: z.enum(['male', 'female']),
    hukouRegion: regionRefSchema,
    /** 户籍详细地址, for a hukou place outside the villages this service has; shown to the family and the staff chain. */
    hukouAddress: z.string().nullable(),
    residenceRegion: regionRefSchema.nullable(),
    relation: z.string(),
    /** Null for a child added before the form asked it. */
    guardianName: z.string().nullable(),
  })
  .meta({ id: 'Child' });
export type Child = z.infer<typeof childSchema>;

export const childListSchema = z.object({ children: z.array(childSchema) }).meta({ id: 'ChildList' });
