import { afterAll, beforeAll, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { seedCounty, signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { httpClient } from '../../test-support/http-client';
import { backfillHolderPost } from './backfill-holder-post';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await seedCounty(server);
});
afterAll(() => server.close());

it('puts a case stored before holderPost existed (an older backup restored) back in its post’s queue at start', async () => {
  const family = await signInFamily(server, '13900000111');
  const { applicationId, response } = await submitApplication(server, family, { sequence: '311' });
  expect(response.status).toBe(200);
  const director = await signInStaff(server, 'director01');
  const queue = async () => (await httpClient(server.baseUrl).get('/api/staff/cases', director)).body.cases.map((c: { id: string }) => c.id);
  expect(await queue()).toContain(applicationId);

  await server.deps.db.collection('applications').updateOne({ _id: new Types.ObjectId(applicationId) }, { $unset: { holderPost: '' } });
  expect(await queue()).not.toContain(applicationId);
  expect(await backfillHolderPost(server.deps.db)).toBe(1);
  expect(await queue()).toContain(applicationId);
  expect(await backfillHolderPost(server.deps.db)).toBe(0);
});
