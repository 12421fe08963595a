import { createHash } from 'node:crypto';
import { Types } from 'mongoose';
import type { AuditAction, AuditTargetKind, Role } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { auditLogModel } from './audit-log-model';
import { isDuplicateKey } from '../db/is-duplicate-key';

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
  /** Written at most once under this key in its minute (refusals: actor and target), so a flood adds one entry a minute. */
  oncePerMinute?: string;
}

/**
 * The `_id` of a once-a-minute entry: the minute's start (so ids still sort by time) and 8 bytes of the key's hash.
 * The unique `_id` is what drops the repeats, on FerretDB as on MongoDB.
 */
function onceId(key: string, at: Date): Types.ObjectId {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(Math.floor(at.getTime() / 60_000) * 60);
  createHash('sha256').update(key).digest().copy(bytes, 4, 0, 8);
  return new Types.ObjectId(bytes);
}

/**
 * Appends entries to the audit log. Routes declare what they record (`audit` on their spec) and
 * `mountRoutes` awaits this before the answer leaves, so a read that could not be recorded is not shown.
 * There is deliberately no update or delete beside it.
 */
export async function recordAudit(deps: Pick<AppDeps, 'db'>, events: AuditEvent | readonly AuditEvent[], at = new Date()): Promise<void> {
  const list = Array.isArray(events) ? events : [events as AuditEvent];
  if (list.length === 0) return;
  const entries = list.map((event) => ({
    ...(event.oncePerMinute ? { _id: onceId(event.oncePerMinute, at) } : {}),
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
  }));
  try {
    await auditLogModel(deps.db).insertMany(entries, { ordered: false });
  } catch (error) {
    // Only repeats of a once-a-minute entry may be dropped; any other failure fails the request.
    const writes = (error as { writeErrors?: unknown[] }).writeErrors ?? [error];
    if (!writes.every(isDuplicateKey)) throw error;
  }
}
