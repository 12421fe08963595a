import type { StaffAccount, StaffAccountChanges } from '@ccs/shared/staff/staff-account-schemas';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type AccountDoc } from '../auth/account-model';
import { endAccountSessions } from '../auth/session-model';
import { insertOnce } from '../db/insert-once';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { checkStaffPost } from './check-staff-post';
import { countHeldCases } from './count-held-cases';
import { assertNotSelf, loadManagedAccount } from './load-managed-account';
import { staffAccountView, staffRoleOf } from './staff-account-view';

/**
 * Changes a staff member's name, work phone, role or post. A new post (role or region) is refused while the person
 * holds open cases, which belong to the old post: the successor route hands them over first, so no case is left
 * with someone who no longer serves its village. A new post also ends their sessions, as the access token carries
 * the old region.
 */
export async function updateStaffAccount(deps: AppDeps, principal: Principal, username: string, changes: StaffAccountChanges): Promise<StaffAccount> {
  const account = await loadManagedAccount(deps, principal, username);
  const role = changes.role ?? staffRoleOf(account)!;
  const regionCode = changes.regionCode ?? account.regionScope!;
  const movesPost = role !== staffRoleOf(account) || regionCode !== account.regionScope;
  if (movesPost) {
    assertNotSelf(principal, account);
    await checkStaffPost(deps, principal, role, regionCode);
    const held = await countHeldCases(deps.db, account._id);
    if (held > 0) throw new AppError('STAFF_HOLDS_CASES', { data: { name: account.name ?? username, count: String(held) } });
  }
  if (changes.phone && changes.phone !== account.phone) await movePhone(deps, account, changes.phone);
  const set = { ...(changes.name ? { name: changes.name } : {}), ...(changes.phone ? { phone: changes.phone } : {}), ...(movesPost ? { roles: [role], regionScope: regionCode } : {}) };
  await accountModel(deps.db).updateOne({ _id: account._id }, { $set: set });
  if (movesPost) await endAccountSessions(deps.db, account._id, 'postChanged');
  return staffAccountView(deps, (await accountModel(deps.db).findById(account._id).lean()) as AccountDoc, username);
}

/** The new number is taken by a unique insert before the old one is let go, so two edits cannot share it. */
async function movePhone(deps: AppDeps, account: AccountDoc, phone: string): Promise<void> {
  const identities = identityModel(deps.db);
  if (!(await insertOnce(identities, { kind: 'staffPhone', value: phone, accountId: account._id }))) {
    const holder = await identities.findOne({ kind: 'staffPhone', value: phone }, { accountId: 1 }).lean();
    if (!holder?.accountId.equals(account._id)) throw new AppError('STAFF_PHONE_TAKEN', { fields: { phone: '这个手机号已经有工作人员在用' } });
  }
  if (account.phone) await identities.deleteOne({ kind: 'staffPhone', value: account.phone, accountId: account._id });
}
