import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { httpClient } from '../../test-support/http-client';
import { signInStaff } from '../../test-support/case-fixtures';
import { loadRegions } from '../regions/load-regions';
import { seedParameters } from '../parameters/seed-parameters';
import { applicationModel } from '../applications/application-model';
import { seedDemoCounty } from './seed-demo-county';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  // The whole province, as `npm start` loads it: the migrant family's hukou place is in 毕节.
  await loadRegions(server.deps.db, { provinces: ['52'] });
  await seedParameters(server.deps.db);
  await seedDemoCounty(server.deps);
  await seedDemoCounty(server.deps);
}, 180_000);
afterAll(() => server.close());

describe('the demo county a newcomer starts with', () => {
  it('has cases waiting in every level’s queue, seeded once however often it runs', async () => {
    const api = httpClient(server.baseUrl);
    const queue = async (username: string) => (await api.get('/api/staff/cases', await signInStaff(server, username))).body.cases;
    expect(await queue('director01')).toEqual([expect.objectContaining({ childName: '李小龙', status: 'villageVerification' })]);
    expect(await queue('supervisor103')).toEqual([expect.objectContaining({ childName: '李小凤', status: 'townshipReview' })]);
    expect(await queue('supervisor001')).toEqual([expect.objectContaining({ childName: '张小华', status: 'crossRegionHandover' })]);
    expect(await applicationModel(server.deps.db).countDocuments()).toBe(3);
  });
});
