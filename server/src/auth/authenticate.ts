import type { Middleware } from 'koa';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { AppState } from '../http/app-state';
import { verifyAccessToken } from './access-token';
import { sessionModel } from './session-model';

/**
 * Reads a Bearer token when one is sent; routes decide whether they need it. Its session is looked up (one `_id`)
 * on every request, so a sign-out, a reused refresh token or a staff member replaced (which end the session) stops
 * the access token at once rather than when its 15 minutes are up.
 */
export function authenticate({ config, db }: AppDeps): Middleware<AppState> {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match) {
      const { sessionId, ...principal } = verifyAccessToken(config, match[1]!);
      const session = await sessionModel(db).findById(sessionId, { endedAt: 1, endedReason: 1, passwordChangeRequired: 1 }).lean();
      if (session?.endedReason === 'disabled') throw new AppError('ACCOUNT_DISABLED');
      if (!session || session.endedAt) throw new AppError('UNAUTHENTICATED', { detail: 'session ended' });
      ctx.state.principal = session.passwordChangeRequired ? { ...principal, passwordChangeRequired: true } : principal;
    }
    await next();
  };
}
