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
  typ: z.literal('access'),
});

/** A short-lived JWT that carries who the person is and their region scope, so requests need no lookup. */
export function signAccessToken(config: Config, principal: Principal): string {
  return jwt.sign({ roles: principal.roles, scope: principal.regionScope, typ: 'access' }, config.JWT_SECRET, {
    algorithm: 'HS256',
    subject: principal.accountId,
    expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
  });
}

export function verifyAccessToken(config: Config, token: string): Principal {
  let payload: unknown;
  try {
    payload = jwt.verify(token, config.JWT_SECRET, { algorithms: ['HS256'] });
  } catch (error) {
    if (error instanceof jwt.TokenExpiredError) throw new AppError('TOKEN_EXPIRED');
    throw new AppError('UNAUTHENTICATED', { detail: 'invalid access token' });
  }
  const claims = claimsSchema.safeParse(payload);
  if (!claims.success) throw new AppError('UNAUTHENTICATED', { detail: 'malformed access token' });
  return { accountId: claims.data.sub, roles: claims.data.roles, regionScope: claims.data.scope };
}
