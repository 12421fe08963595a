import { staffRoles, type Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { insertOnce } from '../db/insert-once';
import { childModel } from '../children/child-model';
import { accountModel, identityModel, type AccountDoc } from './account-model';
import { loadAccount } from './find-or-create-account';
import { issueSession, maskPhone } from './issue-session';
import { mergeAccounts } from './merge-accounts';
import { wechatPhoneNumber } from './wechat-phone-number';

/**
 * One family, one account in the mini-program and the portal: the WeChat-signed-in account takes the phone number
 * WeChat vouches for (`getPhoneNumber`). No account has that number: the number becomes this account's sign-in on
 * the portal. A family account has it: this account is merged into it (merge-accounts.ts) and the answer is a
 * session of that account. Linking again, or after a cut, ends in the same place.
 */
export async function linkWechatPhone(deps: AppDeps, accountId: string, code: string): Promise<Session> {
  const self = await loadAccount(deps, accountId);
  if (self.mergedInto) return issueSession(deps, await mergeAccounts(deps, self));
  const identities = identityModel(deps.db);
  const wechat = await identities.findOne({ accountId: self._id, kind: 'wechat' }, { _id: 1 }).lean();
  if (!wechat) throw new AppError('FORBIDDEN', { detail: 'only an account signed in by WeChat links a phone this way' });
  const phone = await wechatPhoneNumber(deps, code);
  // A staff member's work number (a `staffPhone`) or phone sign-in is not a family's: a person's two roles stay apart.
  if (await identities.exists({ kind: 'staffPhone', value: phone })) throw new AppError('PHONE_OF_STAFF');
  const own = await identities.findOne({ accountId: self._id, kind: 'phone' }).lean();
  if (own && own.value !== phone) throw new AppError('PHONE_LINKED_ELSEWHERE', { data: { phone: maskPhone(own.value)! } });
  if (!own) await insertOnce(identities, { kind: 'phone', value: phone, accountId: self._id });
  const holder = await identities.findOne({ kind: 'phone', value: phone }).lean();
  if (!holder) throw new AppError('INTERNAL', { detail: 'phone identity neither inserted nor found' });
  if (holder.accountId.equals(self._id)) {
    await accountModel(deps.db).updateOne({ _id: self._id }, { $set: { phone } });
    return issueSession(deps, await loadAccount(deps, self._id));
  }
  const target = await loadAccount(deps, holder.accountId);
  if (target.roles.some((role) => (staffRoles as readonly string[]).includes(role))) throw new AppError('PHONE_OF_STAFF');
  await refuseSameChild(deps, self, target);
  // The mark is the merge's journal: once it is set, a sign-in with this WeChat finishes the merge whatever was cut.
  await accountModel(deps.db).updateOne({ _id: self._id, mergedInto: null }, { $set: { mergedInto: target._id } });
  const marked = await loadAccount(deps, self._id);
  if (!marked.mergedInto?.equals(target._id)) throw new AppError('PHONE_LINKED_ELSEWHERE', { data: { phone: '另一个号码' } });
  return issueSession(deps, await mergeAccounts(deps, marked));
}

/**
 * A child added under both accounts (the same ID number) would be two records of one child in one account, each
 * with its own applications: not merged automatically, the family is sent to the child director.
 */
async function refuseSameChild(deps: AppDeps, self: AccountDoc, target: AccountDoc): Promise<void> {
  const children = childModel(deps.db);
  const targetIds = new Set((await children.find({ guardianAccountId: target._id }, { residentIdHash: 1 }).lean()).map((child) => child.residentIdHash));
  const same = (await children.find({ guardianAccountId: self._id }, { residentIdHash: 1, name: 1 }).lean()).find((child) => targetIds.has(child.residentIdHash));
  if (same) throw new AppError('SAME_CHILD_IN_BOTH_ACCOUNTS', { data: { child: same.name } });
}
