import type { Preferences } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type AccountDoc, type IdentityKind } from './account-model';
import { AppError } from '../errors/app-error';
import { isDuplicateKey } from '../db/is-duplicate-key';
import { mergeAccounts } from './merge-accounts';

/**
 * The account behind a phone number or WeChat openid, created as a family account on first
 * sign-in. Safe when two sign-ins race: the unique identity index lets one win, the other reuses it.
 */
export async function findOrCreateAccount(deps: AppDeps, kind: IdentityKind, value: string, phone?: string): Promise<AccountDoc> {
  const identities = identityModel(deps.db);
  const accounts = accountModel(deps.db);
  const existing = await identities.findOne({ kind, value }).lean();
  if (existing) {
    const account = await loadAccount(deps, existing.accountId);
    // A merge cut half-way (link-wechat-phone.ts) is finished by the next sign-in with the identity it moves.
    return account.mergedInto ? mergeAccounts(deps, account) : account;
  }
  const account = await accounts.create({ roles: ['family'], phone: phone ?? null });
  try {
    await identities.create({ kind, value, accountId: account._id });
    return account.toObject() as AccountDoc;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    await accounts.deleteOne({ _id: account._id });
    const winner = await identities.findOne({ kind, value }).lean();
    if (!winner) throw error;
    return loadAccount(deps, winner.accountId);
  }
}

export async function loadAccount(deps: AppDeps, id: unknown): Promise<AccountDoc> {
  const account = await accountModel(deps.db).findById(id).lean();
  if (!account) throw new AppError('UNAUTHENTICATED', { detail: 'account no longer exists' });
  return account as AccountDoc;
}

/** Stores the person's own settings; the same body sent twice leaves the same account. */
export async function savePreferences(deps: AppDeps, id: unknown, preferences: Preferences): Promise<AccountDoc> {
  const account = await accountModel(deps.db).findByIdAndUpdate(id, { $set: preferences }, { returnDocument: 'after' }).lean();
  if (!account) throw new AppError('UNAUTHENTICATED', { detail: 'account no longer exists' });
  return account as AccountDoc;
}
