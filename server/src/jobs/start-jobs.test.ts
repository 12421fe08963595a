import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/start-test-server';
import { seedCounty, signInFamily, startDraft, submitDraft } from '../testing/case-fixtures';
import { notificationModel } from '../notifications/notification-model';
import { startJobs } from './start-jobs';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await seedCounty(server);
}, 120_000);
afterAll(() => server.close());

it('runs relay and sender on its interval, so a submission reaches the family without anyone calling them; stops cleanly', async () => {
  const token = await signInFamily(server, '13900000001');
  const jobs = startJobs(server.deps, 0.05);
  try {
    const id = await startDraft(server, token);
    await submitDraft(server, token, id);
    await expect
      .poll(async () => (await notificationModel(server.deps.db).findOne({ applicationId: id }).lean())?.status, { timeout: 10_000, interval: 100 })
      .toBe('sent');
  } finally {
    await jobs.stop();
  }
  // Stopped: a later submission stays in the outbox.
  const later = await startDraft(server, token);
  await submitDraft(server, token, later);
  await new Promise((done) => setTimeout(done, 300));
  expect(await notificationModel(server.deps.db).countDocuments({ applicationId: later })).toBe(0);
});
