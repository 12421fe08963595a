import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../http/app-state';
import { auditLogModel, type AuditEntryDoc } from './audit-log-model';

export interface AuditEvent {
  actor: Principal;
  action: string;
  target: { kind: string; id: string };
  ip: string | null;
  detail?: Record<string, unknown>;
}

/**
 * Appends one entry to the audit log. Callers await it before they hand out what was looked at, so a
 * view that could not be recorded is not shown. There is deliberately no update or delete beside it.
 */
export async function recordAudit(deps: Pick<AppDeps, 'db'>, event: AuditEvent, at = new Date()): Promise<AuditEntryDoc> {
  const entry = await auditLogModel(deps.db).create({
    at,
    actor: { accountId: new Types.ObjectId(event.actor.accountId), roles: event.actor.roles, regionScope: event.actor.regionScope },
    action: event.action,
    target: event.target,
    ip: event.ip,
    detail: event.detail ?? null,
  });
  return entry.toObject();
}
