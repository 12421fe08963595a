import { Types } from 'mongoose';
import type { AuditAction, AuditTargetKind, Role } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { auditLogModel } from './audit-log-model';

/** Who acted: the signed-in principal, or for a sign-in attempt nobody yet, with the masked name they gave. */
export interface AuditActor {
  accountId: string | null;
  roles: Role[];
  regionScope: string | null;
  identifier?: string | null;
}

export interface AuditEvent {
  actor: AuditActor;
  action: AuditAction;
  target: { kind: AuditTargetKind; id: string };
  /** The villages (or a staff account's scope) the target belongs to. */
  regionCodes: string[];
  childIds?: string[];
  ip: string | null;
  /** Ids, references and codes only, never a plaintext sensitive value. */
  detail?: Record<string, unknown> | null;
}

/**
 * Appends entries to the audit log. Routes declare what they record (`audit` on their spec) and
 * `mountRoutes` awaits this before the answer leaves, so a read that could not be recorded is not shown.
 * There is deliberately no update or delete beside it.
 */
export async function recordAudit(deps: Pick<AppDeps, 'db'>, events: AuditEvent | readonly AuditEvent[], at = new Date()): Promise<void> {
  const list = Array.isArray(events) ? events : [events as AuditEvent];
  if (list.length === 0) return;
  await auditLogModel(deps.db).insertMany(
    list.map((event) => ({
      at,
      actor: {
        accountId: event.actor.accountId ? new Types.ObjectId(event.actor.accountId) : null,
        roles: event.actor.roles,
        regionScope: event.actor.regionScope,
        identifier: event.actor.identifier ?? null,
      },
      action: event.action,
      target: event.target,
      regionCodes: [...new Set(event.regionCodes)],
      childIds: [...new Set(event.childIds ?? [])],
      ip: event.ip,
      detail: event.detail ?? null,
    })),
  );
}
