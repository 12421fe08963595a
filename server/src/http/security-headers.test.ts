import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { loadConfig } from '../config';
import { servePortal } from './serve-portal';
import { securityHeaders } from './security-headers';

let server: TestServer;
const allowed = 'https://portal.example.cn';

beforeAll(async () => {
  server = await startTestServer({ CORS_ORIGINS: `${allowed}, http://127.0.0.1:10086` });
});
afterAll(() => server.close());

describe('security headers on API answers', () => {
  it('sends helmet’s headers, no X-Powered-By, no HSTS outside production, and no CSP on JSON', async () => {
    for (const path of ['/api/health', '/api/no-such-thing']) {
      const res = await fetch(server.baseUrl + path);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('content-security-policy')).toBeNull();
    }
  });
});

describe('CORS', () => {
  it('answers a configured origin and no other', async () => {
    const mine = await fetch(`${server.baseUrl}/api/health`, { headers: { origin: allowed } });
    expect(mine.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(mine.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
    const other = await fetch(`${server.baseUrl}/api/health`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('vary')).toContain('Origin');
  });

  it('lets a configured origin send a signed-in JSON request after the preflight, and refuses another', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.baseUrl}/api/me`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'authorization,content-type' },
      });
    const ok = await preflight(allowed);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect((await preflight('https://evil.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('takes only origins in CORS_ORIGINS', () => {
    const base = { MONGODB_URI: 'mongodb://127.0.0.1/x' };
    expect(loadConfig(base).CORS_ORIGINS).toEqual([]);
    expect(() => loadConfig({ ...base, CORS_ORIGINS: 'https://a.example.cn/path' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('the portal’s Content-Security-Policy', () => {
  const dir = mkdtempSync(join(tmpdir(), 'h5-'));
  const inline = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);';
  let base = '';
  let close: () => void;

  beforeAll(async () => {
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html><head><script>${inline}</script><script defer src="/js/app.1234abcd.js"></script></head></html>`);
    writeFileSync(join(dir, 'js', 'app.1234abcd.js'), 'void 0;');
    const app = new Koa();
    app.use(securityHeaders({ NODE_ENV: 'production' }, dir));
    app.use(async (ctx, next) => {
      if (ctx.path === '/api/thing') ctx.body = { ok: true };
      else await next();
    });
    app.use(servePortal(dir));
    const listening = await new Promise<ReturnType<typeof app.listen>>((done) => {
      const s = app.listen(0, '127.0.0.1', () => done(s));
    });
    base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
    close = () => listening.close();
  });
  afterAll(() => {
    close();
    rmSync(dir, { recursive: true });
  });

  it('allows the portal’s own scripts and exactly its inline script, no other origin; HSTS in production', async () => {
    const res = await fetch(`${base}/`);
    const csp = res.headers.get('content-security-policy')!;
    const hash = createHash('sha256').update(inline).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain('upgrade-insecure-requests');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    const api = await fetch(`${base}/api/thing`);
    expect(api.headers.get('content-security-policy')).toBeNull();
    expect(api.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });
});
