import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { agreeToChildPrivacy, residentIdFor, seedCounty, signInFamily, signInStaff, startDraft } from '../../test-support/case-fixtures';
import { httpClient } from '../../test-support/http-client';
import { launchDatabase, type LaunchedDatabase } from '../db/launch-database';

// A database of this suite's own, so killing it leaves the other suites' database alone.
const dataDir = mkdtempSync(join(tmpdir(), 'ccs-db-down-'));
let database: LaunchedDatabase;
let server: TestServer;
let api: ReturnType<typeof httpClient>;
const tokens: Record<string, string> = {};
let applicationId: string;

beforeAll(async () => {
  database = await launchDatabase({ dataDir });
  server = await startTestServer({}, database.uri);
  await seedCounty(server);
  api = httpClient(server.baseUrl);
  tokens.family = await signInFamily(server, '13900000001');
  tokens.director = await signInStaff(server, 'director01');
  await agreeToChildPrivacy(server, tokens.family);
  applicationId = await startDraft(server, tokens.family);
}, 180_000);

afterAll(async () => {
  // The database is gone and cannot drop the test's data; the server only closes its socket.
  await server?.close().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

const saveChild = (sequence: number) =>
  api.put(
    `/api/children/${randomUUID()}`,
    { name: '小明', residentId: residentIdFor('2016-01-10', String(100 + sequence)), hukouRegion: '520123103201', residenceRegion: null, relation: 'mother' },
    tokens.family,
  );

/** A 503 must tell the client when to come back, in Chinese. */
function expectUnavailable(res: Awaited<ReturnType<typeof api.get>>) {
  expect(res.status).toBe(503);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(res.body).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: '系统暂时忙不过来，请过几分钟再试。' });
}

describe('when the database goes away', () => {
  it('requests in flight as it is killed answer as usual or 503 with Retry-After, none 500', async () => {
    const burst = Array.from({ length: 60 }, (_, i) =>
      i % 3 === 0 ? saveChild(i) : i % 3 === 1 ? api.get('/api/children', tokens.family) : api.get('/api/staff/cases', tokens.director),
    );
    await new Promise((done) => setTimeout(done, 30));
    process.kill(database.pid!, 'SIGKILL');
    const answers = await Promise.all(burst);
    expect(answers.filter((res) => res.status >= 500 && res.status !== 503).map((res) => res.body)).toEqual([]);
    for (const res of answers.filter((res) => res.status === 503)) expectUnavailable(res);
    expect(server.logLines.filter((line) => line.msg === 'unhandled error')).toEqual([]);
  }, 120_000);

  it('once it is down, reads, writes, sign-ins and health all answer 503 with Retry-After', async () => {
    const answers = await Promise.all([
      api.get('/api/health'),
      api.post('/api/auth/sms-codes', { phone: '13900000009' }),
      api.post('/api/auth/staff-login', { username: 'director01', password: 'Demo@2026' }),
      api.get('/api/me', tokens.family),
      api.get('/api/children', tokens.family),
      api.get(`/api/applications/${applicationId}`, tokens.family),
      saveChild(1),
      api.get('/api/staff/cases', tokens.director),
    ]);
    for (const res of answers) expectUnavailable(res);
    expect(server.logLines.filter((line) => line.msg === 'unhandled error')).toEqual([]);
  }, 120_000);
});
