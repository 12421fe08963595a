import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date-schema';
import { residentIdSchema } from '../identity/resident-id-schema';
import { roleSchema } from '../auth/auth-schemas';
import { auditActions, auditTargetKinds } from './audit-labels';

export const auditActionSchema = z.enum(auditActions);
export const auditTargetKindSchema = z.enum(auditTargetKinds);

/** The county officer's search of the audit log; every filter is optional, newest entries first. */
export const auditQuerySchema = z
  .object({
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    actorAccountId: z.string().regex(/^[0-9a-f]{24}$/, '账号编号格式不对').optional(),
    action: auditActionSchema.optional(),
    targetKind: auditTargetKindSchema.optional(),
    targetId: z.string().trim().min(1).max(128).optional(),
    /** Every entry about one child: by the child's ID number, or by the child's id. */
    childResidentId: residentIdSchema.optional(),
    childId: z.uuid('孩子编号格式不对').optional(),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    action: auditActionSchema,
    actionLabel: z.string(),
    actor: z.object({
      /** null for someone not signed in (a sign-in attempt). */
      accountId: z.string().nullable(),
      name: z.string().nullable(),
      roles: z.array(roleSchema),
      roleNames: z.array(z.string()),
      /** The phone number or user name typed at a sign-in, masked. */
      identifier: z.string().nullable(),
    }),
    target: z.object({ kind: auditTargetKindSchema, kindLabel: z.string(), id: z.string() }),
    /** Application reference or the like, when the entry has one. */
    reference: z.string().nullable(),
    /** Names of the children the entry is about, as they are now. */
    childNames: z.array(z.string()),
    regionCodes: z.array(z.string()),
    ip: z.string().nullable(),
    /** The entry concerns a need-to-know case (e.g. an HIV allowance), whatever the reader was shown. */
    needToKnow: z.boolean(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z
  .object({ entries: z.array(auditEntrySchema), page: z.number().int(), nextPage: z.number().int().nullable() })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof auditPageSchema>;
