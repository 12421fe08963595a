import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { AuditAction, AuditTargetKind, Role } from '@ccs/shared';

/**
 * One entry of the audit log: who looked at or changed what, when, from which address, and which villages
 * and children it concerns (so a county officer searches their county's entries). Append-only: the code base
 * only ever inserts into `audit_log` and reads it (docs/policy.md "Privacy"; `append-only.test.ts` checks it).
 */
export interface AuditEntryDoc {
  _id: Types.ObjectId;
  at: Date;
  actor: {
    /** null for someone not signed in: a sign-in attempt. */
    accountId: Types.ObjectId | null;
    roles: Role[];
    regionScope: string | null;
    /** The phone number or user name given at a sign-in, masked. */
    identifier: string | null;
  };
  action: AuditAction;
  target: { kind: AuditTargetKind; id: string };
  /** The villages (or, for staff accounts, the scope) the target belongs to: the county search filters on them. */
  regionCodes: string[];
  /** The children the entry is about. */
  childIds: string[];
  ip: string | null;
  /** Ids, references and codes only: never a plaintext sensitive value. */
  detail: Record<string, unknown> | null;
}

const auditEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: {
      accountId: { type: Schema.Types.ObjectId, default: null },
      roles: { type: [String], default: [] },
      regionScope: { type: String, default: null },
      identifier: { type: String, default: null },
    },
    action: { type: String, required: true },
    target: { kind: { type: String, required: true }, id: { type: String, required: true } },
    regionCodes: { type: [String], default: [] },
    childIds: { type: [String], default: [] },
    ip: { type: String, default: null },
    detail: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'audit_log', versionKey: false, minimize: false },
);
auditEntrySchema.index({ 'target.kind': 1, 'target.id': 1, at: -1 });
auditEntrySchema.index({ 'actor.accountId': 1, at: -1 });
auditEntrySchema.index({ regionCodes: 1, at: -1 });
auditEntrySchema.index({ childIds: 1, at: -1 });

export function auditLogModel(db: Connection): Model<AuditEntryDoc> {
  return (db.models.AuditEntry as Model<AuditEntryDoc> | undefined) ?? db.model<AuditEntryDoc>('AuditEntry', auditEntrySchema);
}
