import { expect, it } from 'vitest';
import { signInFamily, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { notificationModel } from '../notifications/notification-model';
import { startJobs } from './start-jobs';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();

it('runs relay and sender on its interval, so a submission reaches the family without anyone calling them; stops cleanly', async () => {
  const token = await signInFamily(county.server, '13900000001');
  const jobs = startJobs(county.server.deps, 0.05);
  try {
    const id = await startDraft(county.server, token);
    await submitDraft(county.server, token, id);
    await expect
      .poll(async () => (await notificationModel(county.server.deps.db).findOne({ applicationId: id }).lean())?.status, { timeout: 10_000, interval: 100 })
      .toBe('sent');
  } finally {
    await jobs.stop();
  }
  // Stopped: a later submission stays in the outbox.
  const later = await startDraft(county.server, token);
  await submitDraft(county.server, token, later);
  await new Promise((done) => setTimeout(done, 300));
  expect(await notificationModel(county.server.deps.db).countDocuments({ applicationId: later })).toBe(0);
});
