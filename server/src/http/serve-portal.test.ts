import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePortal } from './serve-portal';

const script = 'console.log("首页");'.repeat(200);
let dir: string;
let server: Server;

/** Raw GET (fetch would undo the compression), with the headers a phone's browser sends. */
function get(path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((done, fail) => {
    const { port } = server.address() as AddressInfo;
    request({ host: '127.0.0.1', port, path, headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ccs-portal-'));
  mkdirSync(join(dir, 'js'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>儿童关爱服务</title>');
  writeFileSync(join(dir, 'js', 'app.d1d07fd6.js'), script);
  writeFileSync(join(dir, 'js', 'app.d1d07fd6.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'js', 'app.d1d07fd6.js.gz'), gzipSync(script));
  const app = new Koa();
  app.use(servePortal(dir));
  server = await new Promise((done) => {
    const listening = createServer(app.callback()).listen(0, '127.0.0.1', () => done(listening));
  });
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(dir, { recursive: true, force: true });
});

describe('the H5 portal files', () => {
  it('sends a hashed script brotli-compressed, to be kept a year', async () => {
    const res = await get('/js/app.d1d07fd6.js', 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers.vary).toMatch(/Accept-Encoding/);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file, for browsers without brotli', async () => {
    expect((await get('/js/app.d1d07fd6.js', 'gzip')).headers['content-encoding']).toBe('gzip');
    const plain = await get('/js/app.d1d07fd6.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('has the browser check index.html every time, so a new release shows at once', async () => {
    const res = await get('/', 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body.toString()).toContain('儿童关爱服务');
  });
});
