import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { httpClient } from '../../test-support/http-client';
import { loadConfig } from '../config';
import { createApp } from '../app';
import { connectDatabase } from '../db/connect-database';
import { startJobs } from '../jobs/start-jobs';

let server: TestServer;
let api: ReturnType<typeof httpClient>;

beforeAll(async () => {
  server = await startTestServer();
  api = httpClient(server.baseUrl);
});
afterAll(() => server.close());

describe('the API skeleton', () => {
  it('answers the health check after pinging the database, with a request id', async () => {
    const res = await api.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]{8,}$/);
    expect(server.logLines.some((l) => l.requestId === res.headers.get('x-request-id') && l.path === '/api/health')).toBe(true);
  });

  it('publishes an OpenAPI 3 document built from the route schemas', async () => {
    const res = await api.get('/api/openapi.json');
    expect(res.body.openapi).toMatch(/^3\./);
    const login = res.body.paths['/api/auth/sms-login'].post;
    expect(login.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/SmsLogin' });
    expect(res.body.components.schemas.SmsLogin.properties.phone.pattern).toBe('^1[3-9]\\d{9}$');
    // every reference resolves inside the document
    for (const [, name] of JSON.stringify(res.body).matchAll(/"#\/components\/schemas\/(\w+)"/g)) {
      expect(res.body.components.schemas[name!], name).toBeDefined();
    }
    expect(res.body.paths['/api/regions/{code}/children'].get.parameters[0]).toMatchObject({ name: 'code', in: 'path' });
    expect(res.body.paths['/api/staff/me'].get.security).toEqual([{ bearer: [] }]);
    // a client learns which writes take a key for their retries, and which cannot go without one
    const key = (path: string) => res.body.paths[path].post.parameters.find((p: { in: string }) => p.in === 'header');
    expect(key('/api/applications/{applicationId}/submit')).toMatchObject({ name: 'Idempotency-Key', required: true, schema: { pattern: '^[\\w-]{8,128}$' } });
    expect(key('/api/staff/cases/{applicationId}/transitions')).toMatchObject({ name: 'Idempotency-Key', required: false });
    expect(key('/api/service-lists/{regionCode}/publish')).toMatchObject({ name: 'Idempotency-Key', required: false });
  });

  it('answers an unknown API path and a malformed body with a code and a Chinese message, never a 500', async () => {
    const missing = await api.get('/api/no-such-thing');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: expect.stringMatching(/没有这个/) });
    const broken = await fetch(`${server.baseUrl}/api/auth/sms-codes`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"phone": ',
    });
    expect(broken.status).toBe(400);
    expect((await broken.json()).code).toBe('VALIDATION_FAILED');
  });
});

describe('readiness (/api/health/ready)', () => {
  it('is ready once the database answers and every background job has succeeded within two intervals', async () => {
    const jobs = startJobs(server.deps, 0.05);
    server.deps.jobs = jobs;
    try {
      await expect.poll(async () => (await api.get('/api/health/ready')).body, { timeout: 10_000, interval: 50 }).toEqual({
        status: 'ready',
        checks: { database: 'ok', jobs: 'ok' },
      });
      // Jobs that stop running (a round stuck, a scheduler gone) make the instance not ready, naming each job.
      await jobs.stop();
      await expect.poll(async () => (await api.get('/api/health/ready')).status, { timeout: 10_000, interval: 50 }).toBe(503);
      const late = await api.get('/api/health/ready');
      expect(late.body.status).toBe('notReady');
      expect(late.body.checks.database).toBe('ok');
      expect(late.body.checks.jobs).toMatch(/^late: markOverdueCases \(last success \d+ s ago\), relayCaseNotifications .*sendPendingNotifications/);
    } finally {
      await jobs.stop();
      delete server.deps.jobs;
    }
  });

  it('is not ready, with 503 and the reason, when its database connection is gone; the liveness check says so too', async () => {
    const db = await connectDatabase(server.deps.config.MONGODB_URI);
    await db.close();
    const listening = createApp({ ...server.deps, db }).listen(0, '127.0.0.1');
    await new Promise((done) => listening.once('listening', done));
    try {
      const base = `http://127.0.0.1:${(listening.address() as { port: number }).port}`;
      const ready = await fetch(`${base}/api/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('cache-control')).toBe('no-store');
      const body = await ready.json();
      expect(body.status).toBe('notReady');
      expect(body.checks.database).not.toBe('ok');
      expect((await fetch(`${base}/api/health`)).status).toBe(503);
    } finally {
      await new Promise((done) => listening.close(done));
    }
  });
});

describe('configuration', () => {
  it('names the missing or wrong variable', () => {
    expect(() => loadConfig({})).toThrow(/MONGODB_URI/);
    expect(() => loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1/x', NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required/);
    expect(() => loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1/x', PORT: 'abc' })).toThrow(/PORT/);
  });
});
