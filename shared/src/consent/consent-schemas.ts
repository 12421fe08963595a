import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { regionRefSchema } from '../regions/region-schemas';
import { plainText } from '../validation/plain-text';

const sectionSchema = z.object({ heading: z.string(), paragraphs: z.array(z.string()) });

/** Who answers for a child's data: the county bureau of the child's hukou county and that village's child director. */
export const responsibleOfficeSchema = z
  .object({ county: regionRefSchema, name: z.string(), village: regionRefSchema, childDirector: z.string().nullable() })
  .meta({ id: 'ResponsibleOffice' });

export const childPrivacyNoticeSchema = z
  .object({
    version: z.string(),
    effectiveFrom: isoDateSchema,
    title: z.string(),
    lead: z.string(),
    sections: z.array(sectionSchema),
    hotline: z.object({ number: z.string(), name: z.string() }),
    /** Filled in from the family's children when they have any; empty before the first child. */
    responsible: z.array(responsibleOfficeSchema),
  })
  .meta({ id: 'ChildPrivacyNotice' });
export type ChildPrivacyNoticeView = z.infer<typeof childPrivacyNoticeSchema>;

export const consentChannels = ['weapp', 'h5'] as const;

/** The caller's consent to one version: current when it is the version in force and not withdrawn. */
export const consentStatusSchema = z
  .object({ version: z.string(), givenAt: z.string(), withdrawnAt: z.string().nullable(), current: z.boolean() })
  .meta({ id: 'ConsentStatus' });
export type ConsentStatus = z.infer<typeof consentStatusSchema>;

export const childPrivacyResponseSchema = z
  .object({ notice: childPrivacyNoticeSchema, status: consentStatusSchema.nullable() })
  .meta({ id: 'ChildPrivacy' });
export type ChildPrivacy = z.infer<typeof childPrivacyResponseSchema>;

/** Giving consent: the version read, ticked explicitly. Giving the same version again records nothing new. */
export const giveConsentSchema = z
  .object({
    version: z.string().min(1).max(64),
    agreed: z.literal(true, '请先勾选“我已看完并同意”'),
    channel: z.enum(consentChannels),
  })
  .meta({ id: 'GiveConsent' });

export const dataRequestKinds = ['correct', 'delete'] as const;
export const dataRequestKindLabels = { correct: '更正孩子的信息', delete: '删除孩子的信息' } as const;
export const dataRequestStatusLabels = { open: '正在处理', done: '已办完' } as const;

/** A family asks for a child's data to be corrected or deleted, under an id the app made (a retry asks once). */
export const dataRequestInputSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(dataRequestKinds),
    childId: z.uuid('孩子编号格式不对'),
    note: plainText({ multiline: true }).max(500, '请写短一些，不超过500个字').default(''),
  })
  .meta({ id: 'DataRequestInput' });
export type DataRequestInput = z.input<typeof dataRequestInputSchema>;

export const dataRequestSchema = z
  .object({
    id: z.string(),
    kind: z.enum(dataRequestKinds),
    kindLabel: z.string(),
    childId: z.string(),
    /** null once the child's data is deleted: the request keeps no name of a deleted child. */
    childName: z.string().nullable(),
    note: z.string(),
    status: z.enum(['open', 'done']),
    statusLabel: z.string(),
    /** What staff did, or that the app deleted the child at once. */
    outcome: z.string().nullable(),
    region: regionRefSchema,
    createdAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'DataRequest' });
export type DataRequest = z.infer<typeof dataRequestSchema>;

export const dataRequestListSchema = z.object({ requests: z.array(dataRequestSchema) }).meta({ id: 'DataRequestList' });

export const dataRequestIdParamsSchema = z.object({ requestId: z.uuid('编号格式不对') });

export const closeDataRequestSchema = z
  .object({ outcome: plainText({ multiline: true }).min(1, '请写明怎么处理的，家长会看到').max(500, '请写短一些，不超过500个字') })
  .meta({ id: 'CloseDataRequest' });
