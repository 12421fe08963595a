import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Koa from 'koa';
import Router from '@koa/router';
import pino from 'pino';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error';
import { errorMiddleware } from '../errors/error-middleware';
import { defineRoute, mountRoutes } from '../http/define-route';
import { requestContext } from '../http/request-context';
import type { AppState } from '../http/app-state';
import type { AuditEvent } from './record-audit';

// How mountRoutes records a route's `audit`: here with a writer that keeps or refuses the entries, so the
// order (recorded before the answer leaves; a failed write fails the request) is seen without a database.
let written: AuditEvent[] = [];
let writerFails = false;
let server: Server;
let baseUrl = '';

const routes = [
  defineRoute({
    method: 'get',
    path: '/child/:id',
    summary: 'a read of something sensitive',
    tag: 'test',
    access: 'public',
    params: z.object({ id: z.string() }),
    response: z.object({ residentId: z.string() }),
    audit: { action: 'child.view', record: ({ params }) => ({ target: { kind: 'child', id: params.id }, regionCodes: ['520123103201'], childIds: [params.id] }) },
    handler: () => ({ residentId: '520123201506011234' }),
  }),
  defineRoute({
    method: 'post',
    path: '/sign-in',
    summary: 'a refused sign-in',
    tag: 'test',
    access: 'public',
    response: z.null(),
    audit: {
      action: 'auth.signIn',
      record: () => null,
      failure: { action: 'auth.signInFailed', record: (_input, error) => ({ target: { kind: 'account', id: 'di***01' }, regionCodes: [], detail: { code: error.code } }) },
    },
    handler: () => {
      throw new AppError('CREDENTIALS_INVALID');
    },
  }),
];

beforeAll(async () => {
  const app = new Koa<AppState>();
  const router = new Router<AppState>();
  mountRoutes(router, routes, async (events) => {
    if (writerFails) throw new Error('audit log unavailable');
    written.push(...events);
  });
  app.use(requestContext(pino({ level: 'silent' })));
  app.use(errorMiddleware());
  app.use(router.routes());
  server = await new Promise((done) => {
    const listening = app.listen(0, '127.0.0.1', () => done(listening));
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((done) => server.close(done)));
beforeEach(() => {
  written = [];
  writerFails = false;
});

describe('a route’s audit declaration', () => {
  it('records the read with who, what, where it belongs and the caller’s address before the answer leaves', async () => {
    const res = await fetch(`${baseUrl}/child/c1`);
    expect(res.status).toBe(200);
    expect(written).toEqual([
      {
        action: 'child.view',
        actor: { accountId: null, roles: [], regionScope: null },
        target: { kind: 'child', id: 'c1' },
        regionCodes: ['520123103201'],
        childIds: ['c1'],
        ip: expect.stringMatching(/127\.0\.0\.1/),
      },
    ]);
  });

  it('shows nothing when the entry cannot be written: the request fails without the data', async () => {
    writerFails = true;
    const res = await fetch(`${baseUrl}/child/c1`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toContain('INTERNAL');
    expect(body).not.toContain('520123201506011234');
  });

  it('records a refused sign-in under its own action and still answers with the refusal', async () => {
    const res = await fetch(`${baseUrl}/sign-in`, { method: 'POST' });
    expect(res.status).toBe(401);
    expect(written).toMatchObject([{ action: 'auth.signInFailed', target: { kind: 'account', id: 'di***01' }, detail: { code: 'CREDENTIALS_INVALID' } }]);
  });
});
