import type { IssuedPassword, NewStaffAccount } from '@ccs/shared/staff/staff-account-schemas';
import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { accountModel, type AccountDoc } from '../auth/account-model';
import { hashPassword } from '../auth/password';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { checkStaffPost } from './check-staff-post';
import { insertStaffAccount } from './insert-staff-account';
import { oneTimePassword } from './one-time-password';
import { staffAccountView } from './staff-account-view';

/** An administrator adds one staff member of their region; the one-time password is in the answer and nowhere else. */
export async function createManagedStaffAccount(deps: AppDeps, principal: Principal, input: NewStaffAccount): Promise<IssuedPassword> {
  await checkStaffPost(deps, principal, input.role, input.regionCode);
  const initialPassword = oneTimePassword();
  const _id = new Types.ObjectId();
  const outcome = await insertStaffAccount(deps, { _id, ...input, passwordHash: await hashPassword(initialPassword) });
  if (outcome === 'usernameTaken') throw new AppError('USERNAME_TAKEN', { fields: { username: '这个用户名已经有人用了' } });
  if (outcome === 'phoneTaken') throw new AppError('STAFF_PHONE_TAKEN', { fields: { phone: '这个手机号已经有工作人员在用' } });
  const account = (await accountModel(deps.db).findById(_id).lean()) as AccountDoc;
  return { account: await staffAccountView(deps, account, input.username), initialPassword };
}
