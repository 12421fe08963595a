import type { StaffAccount } from '@ccs/shared/staff/staff-account-schemas';
import type { AppDeps } from '../app-deps';
import { accountModel, type AccountDoc } from '../auth/account-model';
import { endAccountSessions } from '../auth/session-model';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { countHeldCases } from './count-held-cases';
import { assertNotSelf, loadManagedAccount } from './load-managed-account';
import { staffAccountView } from './staff-account-view';

/**
 * Disables (sign-in and every session end at once) or re-enables a staff member. A member holding open cases is
 * not disabled: the answer says how many and points to the successor route, which moves them, so no case is left
 * with nobody able to act on it. Repeating either is harmless.
 */
export async function setStaffAccountDisabled(deps: AppDeps, principal: Principal, username: string, disabled: boolean, now = new Date()): Promise<StaffAccount> {
  const account = await loadManagedAccount(deps, principal, username);
  assertNotSelf(principal, account);
  if (disabled && !account.disabledAt) {
    const held = await countHeldCases(deps.db, account._id);
    if (held > 0) throw new AppError('STAFF_HOLDS_CASES', { data: { name: account.name ?? username, count: String(held) } });
    await accountModel(deps.db).updateOne({ _id: account._id }, { $set: { disabledAt: now } });
    await endAccountSessions(deps.db, account._id, 'disabled', now);
  }
  if (!disabled && account.disabledAt) {
    // Back at work: a succession that disabled the account is over, so a new one may be started later.
    await accountModel(deps.db).updateOne({ _id: account._id }, { $set: { disabledAt: null, successorId: null } });
  }
  return staffAccountView(deps, (await accountModel(deps.db).findById(account._id).lean()) as AccountDoc, username);
}
