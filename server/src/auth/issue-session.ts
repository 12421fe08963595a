import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Account, Role, Session, TextSize } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { signAccessToken } from './access-token';
import { refreshTokenModel } from './refresh-token-model';
import type { AccountDoc } from './account-model';
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
  };
}

/** Signs a person in: a fresh access token and a refresh token, in a new token family unless one is given. */
export async function issueSession(deps: AppDeps, account: AccountDoc, family: string = randomUUID()): Promise<Session> {
  // Every sign-in and every refresh passes here: a staff member who has left gets no new token.
  if (account.disabledAt) throw new AppError('ACCOUNT_DISABLED');
  const refreshToken = randomBytes(32).toString('base64url');
  await refreshTokenModel(deps.db).create({
    tokenHash: hashToken(refreshToken),
    accountId: account._id,
    family,
    expiresAt: new Date(Date.now() + deps.config.REFRESH_TOKEN_TTL_SECONDS * 1000),
  });
  const accessToken = signAccessToken(deps.config, {
    accountId: String(account._id),
    roles: account.roles as Role[],
    regionScope: account.regionScope ?? null,
  });
  return {
    accessToken,
    accessTokenExpiresIn: deps.config.ACCESS_TOKEN_TTL_SECONDS,
    refreshToken,
    account: await toAccountView(deps, account),
  };
}
