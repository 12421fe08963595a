import { staffRoles } from '@ccs/shared';
import type { StaffAccount } from '@ccs/shared/staff/staff-account-schemas';
import type { z } from 'zod';
import type { staffAccountQuerySchema } from '@ccs/shared/staff/staff-account-schemas';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type AccountDoc } from '../auth/account-model';
import type { Principal } from '../http/app-state';
import { staffAccountView } from './staff-account-view';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The staff of the administrator's region, by post (region code, then role). A county has a few hundred, so the
 * names and phones (stored encrypted) are matched against `q` after reading.
 */
export async function listStaffAccounts(deps: AppDeps, principal: Principal, query: z.infer<typeof staffAccountQuerySchema>): Promise<StaffAccount[]> {
  const accounts = (await accountModel(deps.db)
    .find({
      regionScope: { $regex: `^${escapeRegex(principal.regionScope ?? '\u0000')}` },
      roles: query.role ?? { $in: staffRoles },
      importPending: null,
      ...(query.status ? { disabledAt: query.status === 'active' ? null : { $ne: null } } : {}),
    })
    .lean()) as AccountDoc[];
  const identities = await identityModel(deps.db).find({ kind: 'username', accountId: { $in: accounts.map((account) => account._id) } }, { value: 1, accountId: 1 }).lean();
  const usernames = new Map(identities.map((identity) => [String(identity.accountId), identity.value]));
  const regionNames = new Map<string, string | null>();
  const views: StaffAccount[] = [];
  for (const account of accounts) {
    const username = usernames.get(String(account._id));
    if (username) views.push(await staffAccountView(deps, account, username, regionNames));
  }
  const q = query.q?.toLowerCase();
  return views
    .filter((view) => !q || [view.name, view.username, view.phone, view.regionName].some((text) => text?.toLowerCase().includes(q)))
    .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || staffRoles.indexOf(a.role) - staffRoles.indexOf(b.role) || a.username.localeCompare(b.username));
}
