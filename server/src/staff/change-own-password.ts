import type { Session } from '@ccs/shared';
import type { PasswordChange } from '@ccs/shared/staff/staff-password';
import type { AppDeps } from '../app-deps';
import { accountModel, type AccountDoc } from '../auth/account-model';
import { issueSession } from '../auth/issue-session';
import { hashPassword, verifyPassword } from '../auth/password';
import { passwordBackOff } from '../auth/password-back-off';
import { endAccountSessions } from '../auth/session-model';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';

/**
 * A staff member sets their own password, proving the current one (through the same back-off as sign-in, so a
 * borrowed phone cannot guess it). Every earlier session ends, this one included, and the answer is a new
 * session: the app carries on signed in, and whoever knew the old password is signed out everywhere.
 */
export async function changeOwnPassword(deps: AppDeps, principal: Principal, change: PasswordChange, address: string): Promise<Session> {
  const account = (await accountModel(deps.db).findById(principal.accountId).lean()) as AccountDoc | null;
  if (!account?.passwordHash) throw new AppError('FORBIDDEN', { detail: 'no password on this account' });
  const backOff = passwordBackOff(deps.db, principal.accountId, address);
  await backOff.takeTry();
  if (!(await verifyPassword(account.passwordHash, change.currentPassword))) {
    throw new AppError('CURRENT_PASSWORD_WRONG', { fields: { currentPassword: '原密码不对' } });
  }
  await backOff.clear();
  await accountModel(deps.db).updateOne(
    { _id: account._id },
    { $set: { passwordHash: await hashPassword(change.newPassword), passwordChangeRequired: false, initialPasswordFrom: null } },
  );
  await endAccountSessions(deps.db, account._id, 'passwordChanged');
  return issueSession(deps, { ...account, passwordChangeRequired: false });
}
