import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { contactKinds, contactWiths } from './agreement-contact-labels';

/** Weekly contact (issue 4 §7); the words and day counting are in agreement-contact-labels.ts (no zod, for the app). */
export const agreementContactParamsSchema = z.object({
  agreementId: z.uuid('协议编号格式不对'),
  contactId: z.uuid('联系记录编号格式不对'),
});

export const contactRequestSchema = z
  .object({ kind: z.enum(contactKinds), with: z.enum(contactWiths).default('both') })
  .meta({ id: 'ContactRequest' });
export type ContactRequest = z.input<typeof contactRequestSchema>;

export const agreementContactSchema = z
  .object({
    id: z.string(),
    agreementId: z.string(),
    kind: z.enum(contactKinds),
    kindLabel: z.string(),
    with: z.enum(contactWiths),
    at: z.string(),
  })
  .meta({ id: 'AgreementContact' });
export type AgreementContact = z.infer<typeof agreementContactSchema>;

export const agreementContactListSchema = z
  .object({
    /** Newest first, at most the last 20. */
    contacts: z.array(agreementContactSchema),
    lastContactAt: z.string().nullable(),
    /** Days since the last contact (or since the start when none), in Beijing days; null before the start. */
    daysSinceContact: z.number().int().nullable(),
    maxGapDays: z.number().int(),
  })
  .meta({ id: 'AgreementContactList' });
export type AgreementContactList = z.infer<typeof agreementContactListSchema>;

export const contactGapSchema = z.object({
  childId: z.string(),
  name: z.string(),
  villageCode: z.string(),
  agreementId: z.string(),
  caregiverName: z.string(),
  parents: z.array(z.object({ name: z.string(), phone: z.string() })),
  lastContactAt: z.string().nullable(),
  periodStart: isoDateSchema,
  daysSinceContact: z.number().int(),
});
export const contactGapsSchema = z
  .object({ maxGapDays: z.number().int(), children: z.array(contactGapSchema) })
  .meta({ id: 'AgreementContactGaps' });
export type ContactGaps = z.infer<typeof contactGapsSchema>;
