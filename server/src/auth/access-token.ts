import jwt from 'jsonwebtoken';
import { roleSchema } from '@ccs/shared';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import type { Config } from '../config';
import type { Principal } from '../http/app-state';

const claimsSchema = z.object({
  sub: z.string(),
  roles: z.array(roleSchema),
  scope: z.string().nullable(),
  sid: z.string(),
  typ: z.literal('access'),
});

/**
 * A short-lived JWT that carries who the person is, their region scope and their session (`sid`, checked on every
 * request). Signed at a given time it is the same token every time, so a refresh retried within its window gets
 * the very token the lost answer carried.
 */
export function signAccessToken(config: Config, principal: Principal, sessionId: string, issuedAt = new Date()): string {
  const iat = Math.floor(issuedAt.getTime() / 1000);
  return jwt.sign({ roles: principal.roles, scope: principal.regionScope, sid: sessionId, typ: 'access', iat }, config.JWT_SECRET, {
    algorithm: 'HS256',
    subject: principal.accountId,
    expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
  });
}

export function verifyAccessToken(config: Config, token: string): Principal & { sessionId: string } {
  let payload: unknown;
  try {
    payload = jwt.verify(token, config.JWT_SECRET, { algorithms: ['HS256'] });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw new AppError('TOKEN_EXPIRED');
    throw new AppError('UNAUTHENTICATED', { detail: 'invalid access token' });
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new AppError('UNAUTHENTICATED', { detail: 'malformed access token' });
  return { accountId: claims.data.sub, roles: claims.data.roles, regionScope: claims.data.scope, sessionId: claims.data.sid };
}
