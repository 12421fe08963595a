import { readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Koa from 'koa';
import { servePortal } from '../../server/src/http/serve-portal';
import { launchBrowser, openPhonePage } from '../support/launch-browser';

export const MINIAPP_DIST = join(import.meta.dirname, '..', '..', 'miniapp', 'dist');

function bytesUnder(path: string, skip: (name: string) => boolean = () => false): number {
  if (!statSync(path).isDirectory()) return statSync(path).size;
  return readdirSync(path)
    .filter((name) => !skip(name))
    .reduce((total, name) => total + bytesUnder(join(path, name)), 0);
}

/** The weapp's main package (everything outside `packages/`) and each subpackage, in bytes as uploaded. */
export function weappPackageSizes(): { main: number; subpackages: Record<string, number> } {
  const root = join(MINIAPP_DIST, 'weapp');
  const packagesDir = join(root, 'packages');
  const subpackages = Object.fromEntries(readdirSync(packagesDir).map((name) => [name, bytesUnder(join(packagesDir, name))]));
  return { main: bytesUnder(root, (name) => name === 'packages'), subpackages };
}

/**
 * The JavaScript a phone downloads to show the portal's home page, gzipped as a server would send it:
 * the H5 build served as the API server serves it, loaded in Chromium at 360×640 until the network is idle.
 */
export async function h5FirstScreenJs(path = '/'): Promise<{ files: number; gzipBytes: number; rawBytes: number }> {
  const app = new Koa();
  app.use(servePortal(join(MINIAPP_DIST, 'h5')));
  const server: Server = await new Promise((done) => {
    const listening = createServer(app.callback()).listen(0, '127.0.0.1', () => done(listening));
  });
  const browser = await launchBrowser();
  try {
    const page = await openPhonePage(browser);
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { waitUntil: 'networkidle' });
    const scripts = await Promise.all(bodies);
    return {
      files: scripts.length,
      rawBytes: scripts.reduce((sum, body) => sum + body.length, 0),
      gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    };
  } finally {
    await browser.close();
    await new Promise((done) => server.close(done));
  }
}
