import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { Role } from '@ccs/shared';

/**
 * One entry of the audit log: who looked at or changed what, from where. Append-only: the code base
 * only ever inserts into `audit_log` (DOMAIN.md "Privacy": record who looked at a minor's sensitive data).
 */
export interface AuditEntryDoc {
  _id: Types.ObjectId;
  at: Date;
  actor: { accountId: Types.ObjectId; roles: Role[]; regionScope: string | null };
  /** Dotted verb, e.g. `document.view`, `staff.replace`. */
  action: string;
  target: { kind: string; id: string };
  ip: string | null;
  detail: Record<string, unknown> | null;
}

const auditEntrySchema = new Schema(
  {
    at: { type: Date, required: true },
    actor: {
      accountId: { type: Schema.Types.ObjectId, required: true },
      roles: { type: [String], default: [] },
      regionScope: { type: String, default: null },
    },
    action: { type: String, required: true },
    target: { kind: { type: String, required: true }, id: { type: String, required: true } },
    ip: { type: String, default: null },
    detail: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'audit_log', versionKey: false, minimize: false },
);
auditEntrySchema.index({ 'target.kind': 1, 'target.id': 1, at: -1 });
auditEntrySchema.index({ 'actor.accountId': 1, at: -1 });

export function auditLogModel(db: Connection): Model<AuditEntryDoc> {
  return (db.models.AuditEntry as Model<AuditEntryDoc> | undefined) ?? db.model<AuditEntryDoc>('AuditEntry', auditEntrySchema);
}
