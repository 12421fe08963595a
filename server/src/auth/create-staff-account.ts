import type { StaffRole } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel } from './account-model';
import { hashPassword, verifyPassword } from './password';

export interface StaffAccountInput {
  username: string;
  password: string;
  name: string;
  roles: StaffRole[];
  /** Region-code prefix the staff member serves; a county code for county officers and admins. */
  regionScope: string;
}

/** Creates a staff account, or updates the one with that username; safe to run again. */
export async function createStaffAccount(deps: AppDeps, input: StaffAccountInput) {
  const username = input.username.toLowerCase();
  const identities = identityModel(deps.db);
  const accounts = accountModel(deps.db);
  const fields = { name: input.name, roles: input.roles, regionScope: input.regionScope };
  const existing = await identities.findOne({ kind: 'username', value: username }).lean();
  if (existing) {
    const account = await accounts.findById(existing.accountId).lean();
    // Hashing is deliberately slow: keep the stored hash when the password is unchanged.
    const same = account?.passwordHash ? await verifyPassword(account.passwordHash, input.password) : false;
    await accounts.updateOne(
      { _id: existing.accountId },
      { $set: same ? fields : { ...fields, passwordHash: await hashPassword(input.password) } },
    );
    return existing.accountId;
  }
  const account = await accounts.create({ ...fields, passwordHash: await hashPassword(input.password) });
  await identities.create({ kind: 'username', value: username, accountId: account._id });
  return account._id;
}
