import type { Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { accountModel, identityModel } from './account-model';
import { issueSession } from './issue-session';
import { hashPassword, verifyPassword } from './password';

const FREE_ATTEMPTS = 5;
const FIRST_LOCK_SECONDS = 30;
const MAX_LOCK_SECONDS = 15 * 60;

/** After five wrong passwords each further one locks the account for twice as long, up to 15 minutes. */
export function lockSeconds(failedLogins: number): number {
  if (failedLogins < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_LOCK_SECONDS, FIRST_LOCK_SECONDS * 2 ** (failedLogins - FREE_ATTEMPTS));
}

let dummyHash: Promise<string> | undefined;

/** The per-address back-off (`security/rate-limit.ts`): refuses an address with too many wrong passwords. */
export interface AddressBackOff {
  assertNotBlocked(): Promise<void>;
  recordFailure(): Promise<void>;
}

export async function signInStaff(deps: AppDeps, username: string, password: string, address: AddressBackOff): Promise<Session> {
  await address.assertNotBlocked();
  const identity = await identityModel(deps.db).findOne({ kind: 'username', value: username.toLowerCase() }).lean();
  const accounts = accountModel(deps.db);
  const account = identity ? await accounts.findById(identity.accountId).lean() : null;
  if (!account?.passwordHash) {
    // Same work as a real check, so response time does not tell which usernames exist.
    await verifyPassword(await (dummyHash ??= hashPassword('not-a-real-password')), password);
    await address.recordFailure();
    throw new AppError('CREDENTIALS_INVALID');
  }
  if (account.lockedUntil && account.lockedUntil.getTime() > Date.now()) throw new AppError('TOO_MANY_ATTEMPTS');
  if (!(await verifyPassword(account.passwordHash, password))) {
    await address.recordFailure();
    const failed = await accounts.findOneAndUpdate({ _id: account._id }, { $inc: { failedLogins: 1 } }, { returnDocument: 'after' }).lean();
    const seconds = lockSeconds(failed?.failedLogins ?? 0);
    if (seconds > 0) {
      await accounts.updateOne({ _id: account._id }, { $set: { lockedUntil: new Date(Date.now() + seconds * 1000) } });
      throw new AppError('TOO_MANY_ATTEMPTS');
    }
    throw new AppError('CREDENTIALS_INVALID');
  }
  await accounts.updateOne({ _id: account._id }, { $set: { failedLogins: 0, lockedUntil: null } });
  return issueSession(deps, account as never);
}
