import type { Middleware } from 'koa';
import type { AppDeps } from '../app-deps';
import type { AppState } from '../http/app-state';
import { verifyAccessToken } from './access-token';

/** Reads a Bearer token when one is sent; routes decide whether they need it. */
export function authenticate({ config }: AppDeps): Middleware<AppState> {
  return async (ctx, next) => {
    const header = ctx.get('authorization');
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (match) ctx.state.principal = verifyAccessToken(config, match[1]!);
    await next();
  };
}
