import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Middleware } from 'koa';
import helmet from 'koa-helmet';
import type { Config } from '../config';
import type { AppState } from './app-state';

/**
 * The hashes of the inline scripts of the portal's index.html (Taro's H5 build inlines the script that sets
 * the root font size; miniapp/config/first-screen.ts the one that shows a page's first words before the app has
 * loaded), so the CSP allows exactly them and no other inline script. Read once at start: a
 * rebuilt portal needs a restart, as its new hashed file names do anyway.
 */
export function inlineScriptHashes(h5Dir: string): string[] {
  const index = join(h5Dir, 'index.html');
  if (!existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
}

/**
 * Security headers (issue 7 §4) from helmet on every response: nosniff, frame and referrer policies, no
 * X-Powered-By, HSTS in production only (development runs on plain http://127.0.0.1). The portal's pages get a
 * Content-Security-Policy: scripts only from the portal itself and its own inline script; inline styles are
 * allowed because the build inlines the base styles and the components set style attributes; images also from
 * data: and blob: (photo previews, the drawn signature). API answers (JSON, photos, the agreement PDF that
 * browsers show in their own viewer) are not documents of the portal and carry none.
 */
export function securityHeaders(config: Pick<Config, 'NODE_ENV'>, h5Dir: string): Middleware<AppState> {
  const production = config.NODE_ENV === 'production';
  const common = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: production ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
  const portalPolicy = helmet.contentSecurityPolicy({
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'", ...inlineScriptHashes(h5Dir)],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      // Taro.uploadFile on H5 reads the compressed photo back from its blob: URL before sending it.
      connectSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(production ? { upgradeInsecureRequests: [] } : {}),
    },
  });
  return async (ctx, next) => {
    if (ctx.path.startsWith('/api/') || ctx.path.startsWith('/dev/')) return common(ctx, next);
    return common(ctx, () => portalPolicy(ctx, next));
  };
}
