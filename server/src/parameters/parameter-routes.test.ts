import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { httpClient } from '../../test-support/http-client';
import { seedParameters } from './seed-parameters';
import { parameterModel } from './parameter-model';

let server: TestServer;
let api: ReturnType<typeof httpClient>;

const SCATTERED = 'benefits.orphan_allowance.scattered_amount';
const XIUWEN_VILLAGE = '520123103201';
const valueOf = (name: string, region: string, date: string) =>
  api.get(`/api/parameters/${name}/value?region=${region}&date=${date}`);

beforeAll(async () => {
  server = await startTestServer();
  api = httpClient(server.baseUrl);
  await seedParameters(server.deps.db);
});
afterAll(() => server.close());

describe('GET /api/parameters/:name/value', () => {
  it('a 修文县 village gets the Guiyang scattered-orphan standard, from the city entry', async () => {
    const res = await valueOf(SCATTERED, XIUWEN_VILLAGE, '2026-11-23');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      name: SCATTERED,
      unit: 'CNY_per_month',
      regionCode: '5201',
      effectiveFrom: '2022-01-01',
      value: 1200,
      reference: expect.stringContaining('1200'),
    });
  });

  it('the institutional standard is 1700', async () => {
    const res = await valueOf('benefits.orphan_allowance.institutional_amount', XIUWEN_VILLAGE, '2026-11-23');
    expect(res.body).toMatchObject({ value: 1700, regionCode: '5201', unit: 'CNY_per_month' });
  });

  it('a time limit resolves for a Guizhou village from the province entry', async () => {
    const res = await valueOf('time_limits.village_verification', '520102001001', '2026-11-23');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ value: 5, regionCode: '52', unit: 'working_days', effectiveFrom: '2022-01-01' });
  });

  it.each([
    ['a date before any effective date', `/api/parameters/${SCATTERED}/value?region=${XIUWEN_VILLAGE}&date=2021-12-31`],
    ['a region outside every entry (昆明市)', `/api/parameters/${SCATTERED}/value?region=5301&date=2026-11-23`],
    ['a placeholder with no figure yet', `/api/parameters/benefits.child_rehabilitation.training_subsidy/value?region=${XIUWEN_VILLAGE}&date=2026-11-23`],
    ['an unknown name', `/api/parameters/benefits.no_such.amount/value?region=${XIUWEN_VILLAGE}&date=2026-11-23`],
  ])('%s is 404 PARAMETER_NOT_FOUND with the Chinese message', async (_, path) => {
    const res = await api.get(path);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'PARAMETER_NOT_FOUND', message: errorMessages.PARAMETER_NOT_FOUND });
    expect(res.body.message).toMatch(/标准/);
  });

  it.each([
    ['a region of 7 digits', `region=5201231&date=2026-11-23`, 'query.region'],
    ['a region with letters', `region=52ab&date=2026-11-23`, 'query.region'],
    ['no region', `date=2026-11-23`, 'query.region'],
    ['a day that does not exist', `region=${XIUWEN_VILLAGE}&date=2026-02-30`, 'query.date'],
    ['a date in another format', `region=${XIUWEN_VILLAGE}&date=2026/11/23`, 'query.date'],
  ])('%s is 400 VALIDATION_FAILED', async (_, query, field) => {
    const res = await api.get(`/api/parameters/${SCATTERED}/value?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fields[field]).toBeTruthy();
  });
});

describe('seeding and published raises', () => {
  it('seeding again adds nothing and leaves the same documents and entries', async () => {
    const Parameter = parameterModel(server.deps.db);
    const before = await Parameter.find().sort({ _id: 1 }).lean();
    const again = await seedParameters(server.deps.db);
    expect(again).toMatchObject({ created: 0, entriesAdded: 0, conflicts: [] });
    expect(before).toHaveLength(again.parameters);
    expect(await Parameter.find().sort({ _id: 1 }).lean()).toEqual(before);
  });

  it('a raise for 5201 from 2027-01-01 applies from that date, not before, and survives a reseed', async () => {
    const raise = { regionCode: '5201', effectiveFrom: '2027-01-01', value: 1300 };
    await parameterModel(server.deps.db).updateOne({ _id: SCATTERED }, { $push: { values: raise } });

    const after = await valueOf(SCATTERED, XIUWEN_VILLAGE, '2027-02-01');
    expect(after.body).toMatchObject({ value: 1300, regionCode: '5201', effectiveFrom: '2027-01-01' });
    const before = await valueOf(SCATTERED, XIUWEN_VILLAGE, '2026-12-31');
    expect(before.body).toMatchObject({ value: 1200, regionCode: '5201', effectiveFrom: '2022-01-01' });

    await seedParameters(server.deps.db);
    const stored = await parameterModel(server.deps.db).findById(SCATTERED).lean();
    expect(stored?.values).toEqual([{ regionCode: '5201', effectiveFrom: '2022-01-01', value: 1200 }, raise]);
    expect((await valueOf(SCATTERED, XIUWEN_VILLAGE, '2027-02-01')).body.value).toBe(1300);
  });

  it('a stored entry the files disagree with is kept, reported as a conflict, never rewritten', async () => {
    const name = 'benefits.lottery_study_grant.amount';
    await parameterModel(server.deps.db).updateOne(
      { _id: name },
      { $set: { values: [{ regionCode: '5201', effectiveFrom: '2022-01-01', value: 9000 }] } },
    );
    const result = await seedParameters(server.deps.db);
    expect(result.conflicts).toEqual([`${name} 5201 2022-01-01`]);
    expect(result.entriesAdded).toBe(0);
    expect((await valueOf(name, XIUWEN_VILLAGE, '2026-11-23')).body.value).toBe(9000);
  });

  it('a document removed from the database is recreated from the files', async () => {
    await parameterModel(server.deps.db).deleteOne({ _id: 'time_limits.cross_region_handover' });
    const result = await seedParameters(server.deps.db);
    expect(result).toMatchObject({ created: 1, entriesAdded: 1 });
    expect((await valueOf('time_limits.cross_region_handover', '52', '2026-11-23')).body.value).toBe(3);
  });
});
