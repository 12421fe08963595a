import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Account, Role, Session, TextSize } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { signAccessToken } from './access-token';
import { refreshTokenModel } from './refresh-token-model';
import { accountModel, type AccountDoc } from './account-model';
import { endSession, sessionModel } from './session-model';
import { findRegion } from '../regions/find-region';
import { AppError } from '../errors/app-error';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function maskPhone(phone: string | null | undefined): string | null {
  return phone ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : null;
}

export async function toAccountView(deps: AppDeps, account: AccountDoc): Promise<Account> {
  const region = account.regionScope ? await findRegion(deps.db, account.regionScope) : null;
  return {
    id: String(account._id),
    name: account.name ?? null,
    roles: account.roles as Role[],
    phoneMasked: maskPhone(account.phone),
    regionScope: account.regionScope ?? null,
    regionName: region?.name ?? null,
    textSize: (account.textSize as TextSize | null | undefined) ?? null,
    ...(account.passwordChangeRequired ? { passwordChangeRequired: true } : {}),
  };
}

/** The token a rotation gives for `refreshToken`: derived under the server secret, so a retry re-derives the same one. */
export function successorToken(deps: AppDeps, refreshToken: string): string {
  return createHmac('sha256', deps.config.JWT_SECRET).update(`refresh:${refreshToken}`).digest('base64url');
}

/** The answer of a sign-in or refresh: the access token signed at `issuedAt` (the same token for the same time). */
export async function sessionAnswer(deps: AppDeps, account: AccountDoc, sessionId: string, refreshToken: string, issuedAt: Date): Promise<Session> {
  const principal = { accountId: String(account._id), roles: account.roles as Role[], regionScope: account.regionScope ?? null };
  const ageSeconds = Math.floor((Date.now() - issuedAt.getTime()) / 1000);
  return {
    accessToken: signAccessToken(deps.config, principal, sessionId, issuedAt),
    accessTokenExpiresIn: Math.max(1, deps.config.ACCESS_TOKEN_TTL_SECONDS - ageSeconds),
    refreshToken,
    account: await toAccountView(deps, account),
  };
}

/** Signs a person in: a new session with an access token and its first refresh token. */
export async function issueSession(deps: AppDeps, account: AccountDoc): Promise<Session> {
  // Every sign-in and every refresh passes a check of this: a staff member who has left gets no new token.
  if (account.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  const sessionId = randomUUID();
  const now = new Date();
  await sessionModel(deps.db).create({ _id: sessionId, accountId: account._id, startedAt: now, passwordChangeRequired: !!account.passwordChangeRequired });
  // Read again after the session exists: a replacement that disabled the account meanwhile either ended this
  // session already or is seen here (replace-staff-member.ts disables first, then ends sessions).
  if ((await accountModel(deps.db).findById(account._id, { disabledAt: 1 }).lean())?.disabledAt) {
    await endSession(deps.db, sessionId, 'disabled');
    throw new AppError('ACCOUNT_DISABLED');
  }
  const refreshToken = randomBytes(32).toString('base64url');
  await refreshTokenModel(deps.db).create({
    _id: `start:${sessionId}`,
    tokenHash: hashToken(refreshToken),
    accountId: account._id,
    family: sessionId,
    issuedAt: now,
    expiresAt: new Date(now.getTime() + deps.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
  });
  return sessionAnswer(deps, account, sessionId, refreshToken, now);
}
