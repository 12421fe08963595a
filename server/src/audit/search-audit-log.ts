import { Types } from 'mongoose';
import { auditActionLabels, auditTargetKindLabels, roleNames, type AuditPage, type Role } from '@ccs/shared';
import type { z } from 'zod';
import type { auditQuerySchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { accountModel } from '../auth/account-model';
import { childModel } from '../children/child-model';
import { fieldCipherOf } from '../crypto/attach-field-cipher';
import { auditLogModel, type AuditEntryDoc } from './audit-log-model';

type Query = z.output<typeof auditQuerySchema>;

/** A Beijing calendar day's first moment (UTC+8, no daylight saving). */
const beijingDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * The county officer's search of the audit log (issue 7 §3): only entries about villages or staff posts inside
 * their county (a region-code prefix), filtered by dates, actor, action, target and child, newest first.
 */
export async function searchAuditLog(deps: AppDeps, principal: Principal, query: Query): Promise<AuditPage> {
  if (!principal.regionScope) throw new AppError('FORBIDDEN', { detail: 'no region scope' });
  const filter: Record<string, unknown> = { regionCodes: { $regex: `^${principal.regionScope}` } };
  if (query.from || query.to) {
    filter.at = {
      ...(query.from ? { $gte: beijingDayStart(query.from) } : {}),
      ...(query.to ? { $lt: new Date(beijingDayStart(query.to).getTime() + 86_400_000) } : {}),
    };
  }
  if (query.actorAccountId) filter['actor.accountId'] = new Types.ObjectId(query.actorAccountId);
  // The officer's own searches are many and say nothing about a child: listed only when asked for.
  filter.action = query.action ?? { $ne: 'audit.search' };
  if (query.targetKind) filter['target.kind'] = query.targetKind;
  if (query.targetId) filter['target.id'] = query.targetId;
  const childIds = [
    ...(query.childId ? [query.childId] : []),
    ...(query.childResidentId ? await childIdsByResidentId(deps, query.childResidentId) : []),
  ];
  if (query.childId || query.childResidentId) filter.childIds = { $in: childIds };

  const docs = await auditLogModel(deps.db)
    .find(filter)
    .sort({ at: -1, _id: -1 })
    .skip((query.page - 1) * query.pageSize)
    .limit(query.pageSize + 1)
    .lean();
  const page = docs.slice(0, query.pageSize);
  return {
    entries: await describeEntries(deps, page),
    page: query.page,
    nextPage: docs.length > query.pageSize ? query.page + 1 : null,
  };
}

/** Children are found by ID number only through its keyed hash (crypto/): the number itself is stored sealed. */
async function childIdsByResidentId(deps: AppDeps, residentId: string): Promise<string[]> {
  const children = await childModel(deps.db).find({ residentIdHash: fieldCipherOf(deps.db).lookupHash(residentId) }, { _id: 1 }).lean();
  return children.map((child) => child._id);
}

/** Names of actors and children as they are now, so the log itself keeps ids rather than names. */
async function describeEntries(deps: AppDeps, docs: AuditEntryDoc[]): Promise<AuditPage['entries']> {
  const accountIds = [...new Set(docs.flatMap((doc) => (doc.actor.accountId ? [String(doc.actor.accountId)] : [])))];
  const childIds = [...new Set(docs.flatMap((doc) => doc.childIds))];
  const accounts = await accountModel(deps.db).find({ _id: { $in: accountIds } }, { name: 1 }).lean();
  const children = await childModel(deps.db).find({ _id: { $in: childIds } }, { name: 1 }).lean();
  const accountNames = new Map(accounts.map((account) => [String(account._id), account.name ?? null]));
  const childNames = new Map(children.map((child) => [child._id, child.name]));
  return docs.map((doc) => {
    const reference = doc.detail?.reference;
    return {
      id: String(doc._id),
      at: doc.at.toISOString(),
      action: doc.action,
      actionLabel: auditActionLabels[doc.action] ?? doc.action,
      actor: {
        accountId: doc.actor.accountId ? String(doc.actor.accountId) : null,
        name: doc.actor.accountId ? (accountNames.get(String(doc.actor.accountId)) ?? null) : null,
        roles: doc.actor.roles,
        roleNames: doc.actor.roles.map((role: Role) => roleNames[role]),
        identifier: doc.actor.identifier ?? null,
      },
      target: { kind: doc.target.kind, kindLabel: auditTargetKindLabels[doc.target.kind] ?? doc.target.kind, id: doc.target.id },
      reference: typeof reference === 'string' ? reference : null,
      childNames: doc.childIds.flatMap((id) => (childNames.has(id) ? [childNames.get(id)!] : [])),
      regionCodes: doc.regionCodes,
      ip: doc.ip,
      needToKnow: doc.detail?.needToKnow === true,
    };
  });
}
