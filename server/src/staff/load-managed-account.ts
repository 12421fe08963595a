import { isWithinScope } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type AccountDoc } from '../auth/account-model';
import { refusedAccess } from '../audit/refused-access';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { staffRoleOf } from './staff-account-view';

/**
 * A staff account the administrator manages: inside their region and not one of an import still being written.
 * Another region's account answers 404 like a missing one (and is recorded as a refused reach), so user names
 * elsewhere cannot be probed.
 */
export async function loadManagedAccount(deps: AppDeps, principal: Principal, username: string): Promise<AccountDoc> {
  const identity = await identityModel(deps.db).findOne({ kind: 'username', value: username }, { accountId: 1 }).lean();
  const account = identity ? ((await accountModel(deps.db).findById(identity.accountId).lean()) as AccountDoc | null) : null;
  if (!account || !staffRoleOf(account) || account.importPending) throw new AppError('NOT_FOUND');
  if (!principal.regionScope || !account.regionScope || !isWithinScope(principal.regionScope, account.regionScope)) {
    throw refusedAccess({ kind: 'account', id: String(account._id), regionCodes: account.regionScope ? [account.regionScope] : [] }, 'staff outside the administrator’s region');
  }
  return account;
}

/** Nobody disables, moves or resets themselves: a second administrator does, so an administrator is never locked out alone. */
export function assertNotSelf(principal: Principal, account: AccountDoc): void {
  if (String(account._id) === principal.accountId) throw new AppError('STAFF_SELF_CHANGE');
}
