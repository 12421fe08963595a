import type { Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refreshTokenModel } from './refresh-token-model';
import { hashToken, issueSession } from './issue-session';
import { loadAccount } from './find-or-create-account';

/**
 * A weak network may lose the answer to a refresh and the app then sends the same token again:
 * within this window that is a retry, not theft, and gets a new token in the same family.
 */
const RETRY_GRACE_MS = 60_000;

/** The detail of the refusal that revoked a family for reuse; the audit log records it (auth-routes.ts). */
export const REFRESH_TOKEN_REUSE = 'refresh token reuse: family revoked';

/** Rotates a refresh token. Presenting a rotated token later revokes its whole family (reuse detection). */
export async function refreshSession(deps: AppDeps, refreshToken: string): Promise<Session> {
  const tokens = refreshTokenModel(deps.db);
  const tokenHash = hashToken(refreshToken);
  const now = new Date();
  const current = await tokens.findOneAndUpdate(
    { tokenHash, revokedAt: null, expiresAt: { $gt: now } },
    { $set: { revokedAt: now, revokedReason: 'rotated' } },
  );
  if (current) return issueSession(deps, await loadAccount(deps, current.accountId), current.family);

  const used = await tokens.findOne({ tokenHash }).lean();
  if (used?.revokedReason === 'rotated' && used.revokedAt && now.getTime() - used.revokedAt.getTime() < RETRY_GRACE_MS) {
    return issueSession(deps, await loadAccount(deps, used.accountId), used.family);
  }
  if (used?.revokedReason === 'rotated') {
    await tokens.updateMany({ family: used.family, revokedAt: null }, { $set: { revokedAt: now, revokedReason: 'reuse' } });
    deps.logger.warn({ accountId: String(used.accountId), family: used.family }, 'refresh token reuse: family revoked');
    throw new AppError('REFRESH_TOKEN_INVALID', { detail: REFRESH_TOKEN_REUSE });
  }
  throw new AppError('REFRESH_TOKEN_INVALID');
}

/** Ends a sign-in: the refresh token and every token rotated from it stop working. Repeating it is harmless. */
export async function signOut(deps: AppDeps, refreshToken: string): Promise<void> {
  const tokens = refreshTokenModel(deps.db);
  const token = await tokens.findOne({ tokenHash: hashToken(refreshToken) }).lean();
  if (!token) return;
  await tokens.updateMany({ family: token.family, revokedAt: null }, { $set: { revokedAt: new Date(), revokedReason: 'logout' } });
}
