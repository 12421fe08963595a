import type { ServerResponse } from 'node:http';
import serve from 'koa-static';

/** Build output named by its content hash (`js/app.d1d07fd6.js`, `css/app.5e0f….css`), possibly precompressed. */
const hashedFile = /\.[0-9a-f]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;

/**
 * The H5 portal's files. Hashed files never change under their name, so phones keep them a year and a return
 * visit on a weak signal downloads only index.html, which is always revalidated so a new release shows at once.
 * The build's precompressed `.br`/`.gz` copies are sent to browsers that accept them (koa-send's default).
 */
export function servePortal(dir: string) {
  return serve(dir, {
    setHeaders(res: ServerResponse, path: string) {
      res.setHeader('Cache-Control', hashedFile.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
      res.setHeader('Vary', 'Accept-Encoding');
    },
  });
}
