import { isWithinScope, staffRoles, type StaffRole } from '@ccs/shared';
import type { Succession, SuccessorRequest } from '@ccs/shared/staff/succession-schemas';
import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type AccountDoc } from '../auth/account-model';
import { createStaffAccount } from '../auth/create-staff-account';
import { toAccountView } from '../auth/issue-session';
import { endAccountSessions } from '../auth/session-model';
import { AppError } from '../errors/app-error';
import { refusedAccess } from '../audit/refused-access';
import { isDuplicateKey } from '../db/is-duplicate-key';
import type { Principal } from '../http/app-state';
import { moveHeldCases } from './move-held-cases';

async function accountByUsername(deps: AppDeps, username: string): Promise<AccountDoc | null> {
  const identity = await identityModel(deps.db).findOne({ kind: 'username', value: username }).lean();
  return identity ? ((await accountModel(deps.db).findById(identity.accountId).lean()) as AccountDoc | null) : null;
}

/** An admin or county officer replaces staff within their own scope; only an admin replaces an admin. */
function assertMayReplace(principal: Principal, leaving: AccountDoc): void {
  if (!principal.regionScope || !leaving.regionScope || !isWithinScope(principal.regionScope, leaving.regionScope)) {
    throw refusedAccess({ kind: 'account', id: String(leaving._id), regionCodes: leaving.regionScope ? [leaving.regionScope] : [] }, 'staff outside the caller’s region');
  }
  if (leaving.roles.includes('admin') && !principal.roles.includes('admin')) throw new AppError('FORBIDDEN', { detail: 'only an admin replaces an admin' });
  if (String(leaving._id) === principal.accountId) throw new AppError('FORBIDDEN', { detail: 'nobody replaces themselves' });
}

/**
 * A staff member leaves and another takes the post: the successor gets the same roles and region, the
 * leaver's account stops signing in (refresh tokens revoked), and every open case the leaver held names
 * the successor (issue 3: "their open cases move to the successor"). Cases are held by post, so they are
 * in the successor's queue at once. Repeating the request with the same successor finishes a run that stopped halfway.
 */
export async function replaceStaffMember(
  deps: AppDeps,
  principal: Principal,
  leavingUsername: string,
  input: SuccessorRequest,
  now = new Date(),
): Promise<{ succession: Succession; created: boolean }> {
  const leaving = await accountByUsername(deps, leavingUsername);
  const roles = (leaving?.roles ?? []).filter((role): role is StaffRole => (staffRoles as readonly string[]).includes(role));
  if (!leaving || roles.length === 0) throw new AppError('NOT_FOUND');
  assertMayReplace(principal, leaving);

  const existing = await accountByUsername(deps, input.username);
  const resuming = !!leaving.disabledAt && !!existing && !!leaving.successorId?.equals(existing._id);
  if (leaving.disabledAt && !resuming) throw new AppError('ACCOUNT_DISABLED', { detail: 'already replaced' });
  if (existing && !resuming) throw new AppError('USERNAME_TAKEN');

  let successorId = existing?._id;
  if (!resuming) {
    try {
      successorId = await createStaffAccount(deps, { ...input, roles, regionScope: leaving.regionScope! });
    } catch (error) {
      if (isDuplicateKey(error)) throw new AppError('USERNAME_TAKEN');
      throw error;
    }
    // The password was chosen by whoever named the successor: the successor replaces it at first sign-in.
    await accountModel(deps.db).updateOne({ _id: successorId }, { $set: { passwordChangeRequired: true } });
    // Disabled before the cases move, so no new case is routed to the leaver meanwhile.
    await accountModel(deps.db).updateOne({ _id: leaving._id }, { $set: { disabledAt: now, successorId } });
    await endAccountSessions(deps.db, leaving._id, 'disabled', now);
  }
  const successor = (await accountModel(deps.db).findById(successorId).lean()) as AccountDoc;
  const actorAccount = await accountModel(deps.db).findById(principal.accountId, { name: 1 }).lean();
  const movedCases = await moveHeldCases(
    deps.db,
    {
      from: leaving._id,
      to: { accountId: successor._id, name: successor.name ?? input.name },
      actor: {
        accountId: new Types.ObjectId(principal.accountId),
        role: principal.roles.includes('admin') ? 'admin' : 'countyOfficer',
        name: actorAccount?.name ?? null,
      },
      reason: `${leaving.name ?? leavingUsername} 已离岗，由 ${successor.name ?? input.name} 接替办理`,
    },
    now,
  );
  return {
    created: !resuming,
    succession: {
      leaving: { username: leavingUsername, name: leaving.name ?? null, disabledAt: (leaving.disabledAt ?? now).toISOString() },
      successor: await toAccountView(deps, successor),
      movedCases,
    },
  };
}
