import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import Router from '@koa/router';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger';
import { requestContext } from '../http/request-context';
import type { AppState } from '../http/app-state';
import { errorMiddleware } from './error-middleware';
import { AppError } from './app-error';

const PHONE = '13812345678';
const ID_NUMBER = '52012320150601123X';

/**
 * The server's logger and error handling in front of routes that fail with a family's phone and ID number in the
 * message, as a driver or library error quoting its input would; the test reads the lines an operator reads.
 */
async function failingServer(production: boolean) {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { production, destination: { write: (line: string) => void lines.push(JSON.parse(line)) } });
  const router = new Router<AppState>();
  router.post('/api/children/:childId', () => {
    throw new Error(`cannot save 张小明 ${ID_NUMBER}, guardian phone ${PHONE}`, { cause: Object.assign(new Error(`dup key: { phone: "${PHONE}" }`), { code: 11000, keyValue: { phone: PHONE } }) });
  });
  router.post('/api/refused', () => {
    throw new AppError('INTERNAL', { detail: `lookup of ${PHONE} failed` });
  });
  const app = new Koa<AppState>().use(requestContext(logger)).use(errorMiddleware()).use(router.routes());
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (path: string) => fetch(base + path, { method: 'POST', headers: { authorization: 'Bearer secret-token', cookie: 'sid=secret' } });
  return { lines, post, close: () => new Promise((done) => server.close(done)) };
}

describe('the log of an unexpected error carries no personal data', () => {
  it('in production: the error’s name, code, frames and route, without its message, and the family sees a plain 500', async () => {
    const server = await failingServer(true);
    try {
      const res = await server.post(`/api/children/child-${PHONE}`);
      expect(res.status).toBe(500);
      expect(JSON.stringify(await res.json())).not.toContain(PHONE);
      const logged = JSON.stringify(server.lines);
      expect(logged).not.toContain(PHONE);
      expect(logged).not.toContain(ID_NUMBER);
      expect(logged).not.toContain('张小明');
      const line = server.lines.find((entry) => entry.msg === 'unhandled error')!;
      expect(line).toMatchObject({ method: 'POST', route: '/api/children/:childId', err: { type: 'Error', cause: { type: 'Error', code: 11000 } } });
      expect((line.err as { stack: string[] }).stack[0]).toMatch(/^at .*error-log\.test\.ts/);
      expect(server.lines.find((entry) => entry.msg === 'request')).toMatchObject({ path: '/api/children/:childId', status: 500 });
    } finally {
      await server.close();
    }
  });

  it('outside production, and for the server’s own details, the message stays with phone and ID numbers masked', async () => {
    const server = await failingServer(false);
    try {
      await server.post('/api/children/child-1');
      await server.post('/api/refused');
      const messages = server.lines.filter((entry) => entry.msg === 'unhandled error').map((entry) => (entry.err as { message: string }).message);
      expect(messages).toEqual(['cannot save 张小明 [id-number], guardian phone [phone]', 'lookup of [phone] failed']);
      expect(JSON.stringify(server.lines)).not.toContain(PHONE);
    } finally {
      await server.close();
    }
  });

  it('never writes a request’s credentials', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { production: true, destination: { write: (line: string) => void lines.push(line) } });
    logger.info({ req: { headers: { authorization: 'Bearer secret-token', cookie: 'sid=secret' }, body: { phone: PHONE } }, sms: { phone: PHONE } }, 'request seen');
    expect(lines.join('')).not.toMatch(/secret|13812345678/);
    expect(JSON.parse(lines[0]!)).toMatchObject({ req: { headers: { authorization: '[redacted]', cookie: '[redacted]' }, body: '[redacted]' }, sms: { phone: '[redacted]' } });
  });
});
