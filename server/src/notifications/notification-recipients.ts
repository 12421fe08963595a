import type { Connection, Types } from 'mongoose';
import type { Role } from '@ccs/shared';
import { accountModel, identityModel } from '../auth/account-model';
import type { HolderDoc } from '../applications/application-model';
import type { NotificationChannel } from './notification-model';

/**
 * The posts above the one holding a case, nearest first: a village director's township supervisor, a
 * township's county officers, a county's admins (docs/policy.md "Overdue work escalates to the level above").
 * A vacant level passes the escalation further up rather than to nobody.
 */
export function postsAbove(holder: HolderDoc): [Role, string][] {
  const township = holder.regionCode.slice(0, 9);
  const county = holder.regionCode.slice(0, 6);
  switch (holder.role) {
    case 'childDirector':
      return [['childSupervisor', township], ['countyOfficer', county], ['admin', county]];
    case 'childSupervisor':
      return [['countyOfficer', county], ['admin', county]];
    default:
      return [['admin', county]];
  }
}

/** The active staff of the nearest filled level above the holder. */
export async function escalationRecipients(db: Connection, holder: HolderDoc): Promise<Types.ObjectId[]> {
  for (const [role, regionCode] of postsAbove(holder)) {
    const accounts = await accountModel(db).find({ roles: role, regionScope: regionCode, disabledAt: null }, { _id: 1 }).lean();
    if (accounts.length > 0) return accounts.map((account) => account._id);
  }
  return [];
}

/**
 * How to reach a person: a WeChat subscribe message when they use the mini-program, an SMS when they
 * signed in on the portal with their phone, otherwise the staff workbench.
 */
export async function deliveryFor(db: Connection, accountId: Types.ObjectId): Promise<{ channel: NotificationChannel; to: string }> {
  const identities = await identityModel(db).find({ accountId, kind: { $in: ['wechat', 'phone'] } }, { kind: 1, value: 1 }).lean();
  const wechat = identities.find((identity) => identity.kind === 'wechat');
  if (wechat) return { channel: 'wechat', to: wechat.value };
  const phone = identities.find((identity) => identity.kind === 'phone');
  if (phone) return { channel: 'sms', to: phone.value };
  return { channel: 'workbench', to: accountId.toHexString() };
}
