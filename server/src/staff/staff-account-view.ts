import { staffRoles, type StaffRole } from '@ccs/shared';
import type { StaffAccount } from '@ccs/shared/staff/staff-account-schemas';
import type { AppDeps } from '../app-deps';
import type { AccountDoc } from '../auth/account-model';
import { findRegion } from '../regions/find-region';

/** An account's staff role: the first of its roles that is one (accounts hold one post). */
export const staffRoleOf = (account: Pick<AccountDoc, 'roles'>): StaffRole | undefined =>
  staffRoles.find((role) => account.roles.includes(role));

/** The account as the administrator's list and forms show it; `regionNames` saves a lookup per row in a list. */
export async function staffAccountView(deps: AppDeps, account: AccountDoc, username: string, regionNames = new Map<string, string | null>()): Promise<StaffAccount> {
  const code = account.regionScope ?? '';
  if (!regionNames.has(code)) regionNames.set(code, (await findRegion(deps.db, code))?.name ?? null);
  return {
    username,
    name: account.name ?? null,
    phone: account.phone ?? null,
    role: staffRoleOf(account)!,
    regionCode: code,
    regionName: regionNames.get(code) ?? null,
    status: account.disabledAt ? 'disabled' : 'active',
    passwordChangeRequired: !!account.passwordChangeRequired,
  };
}
