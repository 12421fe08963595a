import type { Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { isDuplicateKey } from '../db/is-duplicate-key';
import { refreshTokenModel } from './refresh-token-model';
import { endSession, sessionModel } from './session-model';
import { hashToken, sessionAnswer, successorToken } from './issue-session';
import { loadAccount } from './find-or-create-account';

/**
 * A weak network may lose the answer to a refresh and the app then sends the same token again: within this
 * window that is a retry, not theft, and gets the same new pair as the first time.
 */
const RETRY_GRACE_MS = 60_000;

/** The detail of the refusal that ended a session for reuse; the audit log records it (auth-routes.ts). */
export const REFRESH_TOKEN_REUSE = 'refresh token reuse: session ended';

/**
 * Rotates a refresh token by inserting its successor (`after:<hash>`, refresh-token-model.ts): one session never
 * has two live chains. The same token again within the retry window gets the same pair; later, it ends the session.
 */
export async function refreshSession(deps: AppDeps, refreshToken: string): Promise<Session> {
  const tokens = refreshTokenModel(deps.db);
  const tokenHash = hashToken(refreshToken);
  const now = new Date();
  const token = await tokens.findOne({ tokenHash }).lean();
  if (!token || token.expiresAt.getTime() <= now.getTime()) throw new AppError('REFRESH_TOKEN_INVALID');
  const session = await sessionModel(deps.db).findById(token.family, { endedAt: 1 }).lean();
  if (!session || session.endedAt) throw new AppError('REFRESH_TOKEN_INVALID', { detail: 'session ended' });
  const account = await loadAccount(deps, token.accountId);
  if (account.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  const next = successorToken(deps, refreshToken);
  const successorId = `after:${tokenHash}`;
  try {
    await tokens.create({
      _id: successorId,
      tokenHash: hashToken(next),
      accountId: token.accountId,
      family: token.family,
      issuedAt: now,
      expiresAt: new Date(now.getTime() + deps.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
    });
    return await sessionAnswer(deps, account, token.family, next, now);
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  const successor = await tokens.findById(successorId, { issuedAt: 1 }).lean();
  if (successor && now.getTime() - successor.issuedAt.getTime() < RETRY_GRACE_MS) {
    return sessionAnswer(deps, account, token.family, next, successor.issuedAt);
  }
  await endSession(deps.db, token.family, 'reuse');
  deps.logger.warn({ accountId: String(token.accountId), family: token.family }, REFRESH_TOKEN_REUSE);
  throw new AppError('REFRESH_TOKEN_INVALID', { detail: REFRESH_TOKEN_REUSE });
}

/** Ends a sign-in: its access token and every refresh token of its session stop working. Repeating it is harmless. */
export async function signOut(deps: AppDeps, refreshToken: string): Promise<void> {
  const token = await refreshTokenModel(deps.db).findOne({ tokenHash: hashToken(refreshToken) }, { family: 1 }).lean();
  if (token) await endSession(deps.db, token.family, 'logout');
}
