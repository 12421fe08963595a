import type { Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { accountModel, identityModel } from './account-model';
import { issueSession } from './issue-session';
import { hashPassword, verifyPassword } from './password';
import { passwordBackOff } from './password-back-off';

let dummyHash: Promise<string> | undefined;

/** The per-address limit (`security/rate-limit.ts`): a place per password check, handed back by a right one. */
export interface AddressBackOff {
  takeTry(): Promise<void>;
  succeeded(): Promise<void>;
}

/** Signs a staff member in by user name and password; `address` is the caller's, for the back-offs. */
export async function signInStaff(deps: AppDeps, username: string, password: string, address: string, addressBackOff: AddressBackOff): Promise<Session> {
  await addressBackOff.takeTry();
  const identity = await identityModel(deps.db).findOne({ kind: 'username', value: username.toLowerCase() }).lean();
  const account = identity ? await accountModel(deps.db).findById(identity.accountId).lean() : null;
  if (!account?.passwordHash) {
    // Same work as a real check, so response time does not tell which usernames exist.
    await verifyPassword(await (dummyHash ??= hashPassword('not-a-real-password')), password);
    throw new AppError('CREDENTIALS_INVALID');
  }
  const backOff = passwordBackOff(deps.db, String(account._id), address);
  await backOff.takeTry();
  if (!(await verifyPassword(account.passwordHash, password))) throw new AppError('CREDENTIALS_INVALID');
  await Promise.all([backOff.clear(), addressBackOff.succeeded()]);
  return issueSession(deps, account as never);
}
