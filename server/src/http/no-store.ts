import type { Middleware } from 'koa';
import type { AppState } from './app-state';
import type { RouteSpec } from './define-route';

/**
 * Every API answer is `Cache-Control: no-store` (issue 16): most carry a child's or a family's data (ID numbers,
 * health facts, phone numbers), and a shared phone's browser cache or a proxy must keep none of it. The exception
 * is what a route declares `publicData` (health, regions, figures, service lists, places, the privacy notice) and
 * the OpenAPI document: the same for everyone, safe to keep. A route that forgets the flag is merely not cached.
 */
export function noStore(routes: readonly RouteSpec[], publicPaths: readonly string[]): Middleware<AppState> {
  const publicRoutes = routes.filter((route) => route.publicData && route.method === 'get').map((route) => route.path);
  const cacheable = new Set([...publicRoutes, ...publicPaths].map((path) => `GET ${path}`));
  return async (ctx, next) => {
    await next();
    if (!ctx.path.startsWith('/api/')) return;
    const matched = (ctx as { _matchedRoute?: string })._matchedRoute;
    const isPublic = (ctx.method === 'GET' || ctx.method === 'HEAD') && cacheable.has(`GET ${matched}`);
    // A route that set its own no-store (`private, no-store` on a photo) keeps it.
    if (!isPublic && !String(ctx.response.get('Cache-Control')).includes('no-store')) ctx.set('Cache-Control', 'no-store');
  };
}
