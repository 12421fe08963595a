import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { seedCounty, signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { httpClient } from '../../test-support/http-client';
import '../../test-support/provided-context';

// SCALING.md's first step, run: two API instances, each with its own connection pool and HTTP server, on one
// embedded database. They run in this one test process, so module-level caches (region names) are shared here;
// what must hold across processes, cases, claims, queues and rate limits, is only in the database.
const limits = { RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '3' };
let first: TestServer;
let second: TestServer;

beforeAll(async () => {
  first = await startTestServer(limits);
  await seedCounty(first);
  second = await startTestServer(limits, inject('mongodbUri'), first.deps.db.name);
});
afterAll(async () => {
  await second.close();
  await first.close();
});

it('a case submitted and moved through one instance is in the queues and the family’s view through the other at once', async () => {
  const family = await signInFamily(first, '13900000101');
  const { applicationId, response } = await submitApplication(first, family, { sequence: '301' });
  expect(response.status).toBe(200);
  const director = await signInStaff(second, 'director01');
  const supervisor = await signInStaff(first, 'supervisor103');
  const viaSecond = httpClient(second.baseUrl);
  const viaFirst = httpClient(first.baseUrl);

  const queue = await viaSecond.get('/api/staff/cases', director);
  expect(queue.body.cases.map((c: { id: string }) => c.id)).toContain(applicationId);
  const verified = await viaSecond.post(`/api/staff/cases/${applicationId}/transitions`, { action: 'verify', expectedVersion: response.body.version, notes: '入户核实属实。' }, director);
  expect(verified.status).toBe(200);

  expect((await viaFirst.get(`/api/applications/${applicationId}`, family)).body.status).toBe('townshipReview');
  expect((await viaFirst.get('/api/staff/cases', supervisor)).body.cases.map((c: { id: string }) => c.id)).toContain(applicationId);
  expect((await viaSecond.get('/api/staff/cases', director)).body.cases.map((c: { id: string }) => c.id)).not.toContain(applicationId);
  // The same step sent again through the first instance is stale: the claim is in the database, not in a process.
  const again = await viaFirst.post(`/api/staff/cases/${applicationId}/transitions`, { action: 'verify', expectedVersion: response.body.version, notes: '入户核实属实。' }, director);
  expect(again.body.code).toBe('STALE_VERSION');
});

it('counts a rate limit across both instances: the fourth sign-in is refused whichever instance it reaches', async () => {
  const login = (server: TestServer) => httpClient(server.baseUrl).post('/api/auth/staff-login', { username: 'director02', password: 'Demo@2026' });
  expect((await login(first)).status).toBe(200);
  expect((await login(second)).status).toBe(200);
  expect((await login(first)).status).toBe(200);
  const fourth = await login(second);
  expect(fourth.status).toBe(429);
  expect(fourth.body.code).toBe('TOO_MANY_REQUESTS');
});
