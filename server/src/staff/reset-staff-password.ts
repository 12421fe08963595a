import type { IssuedPassword } from '@ccs/shared/staff/staff-account-schemas';
import type { AppDeps } from '../app-deps';
import { accountModel, type AccountDoc } from '../auth/account-model';
import { hashPassword } from '../auth/password';
import { endAccountSessions } from '../auth/session-model';
import type { Principal } from '../http/app-state';
import { assertNotSelf, loadManagedAccount } from './load-managed-account';
import { oneTimePassword } from './one-time-password';
import { staffAccountView } from './staff-account-view';

/**
 * A staff member forgot their password (or it may be known to someone else): a new one-time password, shown once
 * to the administrator; every session of the account ends at once, and the next sign-in must set a new password.
 */
export async function resetStaffPassword(deps: AppDeps, principal: Principal, username: string): Promise<IssuedPassword> {
  const account = await loadManagedAccount(deps, principal, username);
  assertNotSelf(principal, account);
  const initialPassword = oneTimePassword();
  await accountModel(deps.db).updateOne(
    { _id: account._id },
    { $set: { passwordHash: await hashPassword(initialPassword), passwordChangeRequired: true, initialPasswordFrom: null } },
  );
  await endAccountSessions(deps.db, account._id, 'passwordReset');
  return { account: await staffAccountView(deps, (await accountModel(deps.db).findById(account._id).lean()) as AccountDoc, username), initialPassword };
}
