import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import type { AppState } from './app-state';

/** Gives every request an id (echoed in `X-Request-Id`) and a child logger that prints it on every line. */
export function requestContext(logger: Logger): Middleware<AppState> {
  return async (ctx, next) => {
    const incoming = ctx.get('x-request-id');
    const requestId = /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    ctx.state.requestId = requestId;
    ctx.state.log = logger.child({ requestId });
    ctx.set('X-Request-Id', requestId);
    const started = performance.now();
    try {
      await next();
    } finally {
      // The route as declared where one matched: a path can carry an invitation token or a verification code.
      const path = (ctx as { _matchedRoute?: string })._matchedRoute ?? ctx.path;
      ctx.state.log.info({ method: ctx.method, path, status: ctx.status, ms: Math.round(performance.now() - started) }, 'request');
    }
  };
}
