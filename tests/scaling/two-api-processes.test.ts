import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { freePort } from '../../server/src/db/launch-database';
import { httpClient } from '../../server/test-support/http-client';
import { killHard, startApiProcess, type ApiProcess } from '../crash/api-process';
import '../../server/test-support/provided-context';

// SCALING.md's first step, run: two API processes as `npm start` runs them (each with its own memory, connection
// pools, background jobs and region cache) on one embedded database. Whatever must hold across them, cases, step
// claims, queues and rate limits, can only be in the database.
const databaseName = `two_processes_${randomBytes(4).toString('hex')}`;
const logDirs = [mkdtempSync(join(tmpdir(), 'ccs-api-a-')), mkdtempSync(join(tmpdir(), 'ccs-api-b-'))];
let first: ApiProcess;
let second: ApiProcess;

beforeAll(async () => {
  const uri = `${inject('mongodbUri')}${databaseName}`;
  // The embedded default's PostgreSQL too, as `npm start` gives it, so both read queue pages there.
  const env = { RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '3', JOB_INTERVAL_SECONDS: '3600', ...(inject('postgresqlUrl') ? { POSTGRESQL_URL: inject('postgresqlUrl') } : {}) };
  // One after the other: the first seeds the demo county, the second finds it.
  first = await startApiProcess(uri, await freePort(), logDirs[0]!, env);
  second = await startApiProcess(uri, await freePort(), logDirs[1]!, env);
}, 180_000);
afterAll(async () => {
  await Promise.all([first, second].filter(Boolean).map((api) => killHard(api.child)));
  const client = await mongoose.mongo.MongoClient.connect(inject('mongodbUri'));
  await client.db(databaseName).dropDatabase();
  await client.close();
  for (const dir of logDirs) rmSync(dir, { recursive: true, force: true });
});

const signIn = async (api: ApiProcess, username: string) => {
  const response = await httpClient(api.baseUrl).post('/api/auth/staff-login', { username, password: 'Demo@2026' });
  expect(response.status).toBe(200);
  return response.body.accessToken as string;
};
const queueIds = async (api: ApiProcess, token: string) => {
  const response = await httpClient(api.baseUrl).get('/api/staff/cases?pageSize=100', token);
  expect(response.status).toBe(200);
  return { ids: response.body.cases.map((c: { id: string }) => c.id) as string[], total: response.body.total as number };
};

it('a case moved through one process leaves and enters the queues at once through the other; the same step again is stale', async () => {
  const directorViaFirst = await signIn(first, 'director01');
  const directorViaSecond = await signIn(second, 'director01');
  const supervisor = await signIn(first, 'supervisor103');
  const village = await queueIds(first, directorViaFirst);
  expect(await queueIds(second, directorViaSecond)).toEqual(village);
  const township = await queueIds(second, supervisor);
  const moved = village.ids[0]!;
  const { version } = (await httpClient(first.baseUrl).get(`/api/staff/cases/${moved}`, directorViaFirst)).body;

  const verified = await httpClient(second.baseUrl).post(`/api/staff/cases/${moved}/transitions`, { action: 'verify', expectedVersion: version, notes: '入户核实属实。' }, directorViaSecond);
  expect(verified.status).toBe(200);

  expect(await queueIds(first, directorViaFirst)).toEqual({ ids: village.ids.slice(1), total: village.total - 1 });
  const after = await queueIds(first, supervisor);
  expect(after.total).toBe(township.total + 1);
  expect(after.ids).toContain(moved);
  const again = await httpClient(first.baseUrl).post(`/api/staff/cases/${moved}/transitions`, { action: 'verify', expectedVersion: version, notes: '入户核实属实。' }, directorViaFirst);
  expect(again.status).toBe(409);
  expect(again.body.code).toBe('STALE_VERSION');
});

it('counts a rate limit across both processes: the fourth sign-in is refused whichever process it reaches', async () => {
  const login = (api: ApiProcess) => httpClient(api.baseUrl).post('/api/auth/staff-login', { username: 'director02', password: 'Demo@2026' });
  expect((await login(first)).status).toBe(200);
  expect((await login(second)).status).toBe(200);
  expect((await login(first)).status).toBe(200);
  const fourth = await login(second);
  expect(fourth.status).toBe(429);
  expect(fourth.body.code).toBe('TOO_MANY_REQUESTS');
});
