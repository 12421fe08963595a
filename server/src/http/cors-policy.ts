import cors from '@koa/cors';
import type { Middleware } from 'koa';
import type { Config } from '../config';
import type { AppState } from './app-state';

/**
 * CORS for the configured origins only (`CORS_ORIGINS`). The H5 portal is served from the API's own origin and
 * the mini-program's requests are not a browser's, so neither needs it; an origin not listed gets no
 * Access-Control-Allow-Origin and the browser keeps the answer from the page that asked.
 */
export function corsPolicy(config: Pick<Config, 'CORS_ORIGINS'>): Middleware<AppState> {
  const allowed = new Set(config.CORS_ORIGINS);
  return cors({
    origin: (ctx) => (allowed.has(ctx.get('Origin')) ? ctx.get('Origin') : ''),
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    exposeHeaders: ['X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
}
