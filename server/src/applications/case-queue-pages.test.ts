import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { seedCounty, signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { httpClient } from '../../test-support/http-client';
import { ferretdbTablesOf } from '../db/attach-ferretdb-tables';
import '../../test-support/provided-context';

// The queue is read in FerretDB's PostgreSQL when the run's database is the embedded default (`findPage`), and
// through the driver otherwise, as on MongoDB. Both instances here read the same database, one each way.
const limits = { RATE_LIMIT_SUBMIT_PER_ACCOUNT: '50', RATE_LIMIT_SUBMIT_PER_ADDRESS: '50' };
let sql: TestServer;
let driver: TestServer;
const submitted: string[] = [];
/** The demo county's own open cases in the village and the township, submitted (and due) before these. */
let demo: string[];
let demoTownship: string[];

beforeAll(async () => {
  sql = await startTestServer(limits);
  await seedCounty(sql);
  driver = await startTestServer(limits, inject('mongodbUri'), sql.deps.db.name);
  demo = (await queue(sql, await signInStaff(sql, 'director01'), 'pageSize=20')).cases.map((c) => c.id);
  demoTownship = (await queue(sql, await signInStaff(sql, 'supervisor103'), 'pageSize=20')).cases.map((c) => c.id);
  const family = await signInFamily(sql, '13900000121');
  for (let i = 0; i < 5; i++) {
    const { applicationId, response } = await submitApplication(sql, family, { programme: i === 4 ? 'orphanAllowance' : undefined });
    expect(response.status).toBe(200);
    submitted.push(applicationId);
  }
});
afterAll(async () => {
  await driver.close();
  await sql.close();
});

type Page = { cases: { id: string; dueDate: string; submittedAt: string }[]; total: number };
const queue = async (server: TestServer, token: string, query: string): Promise<Page> => {
  const response = await httpClient(server.baseUrl).get(`/api/staff/cases?${query}`, token);
  expect(response.status).toBe(200);
  return response.body;
};
const pagesOf = async (server: TestServer, token: string, order = '') => {
  const pages = [];
  for (let page = 1; page <= 4; page++) pages.push(await queue(server, token, `${order}pageSize=2&page=${page}`));
  return pages;
};

it('reads the page and its count in PostgreSQL when the embedded default is running', () => {
  expect(Boolean(ferretdbTablesOf(sql.deps.db))).toBe(Boolean(inject('postgresqlUrl')));
  expect(ferretdbTablesOf(driver.deps.db)).toBeUndefined();
});

it('pages a director’s queue in submission order with an exact total, the same through PostgreSQL and the driver', async () => {
  const director = await signInStaff(sql, 'director01');
  const pages = await pagesOf(sql, director);
  expect(pages.map((page) => page.total)).toEqual(Array(4).fill(demo.length + 5));
  // Every case once, none twice across pages, due first and then submitted first.
  expect(pages.flatMap((page) => page.cases.map((c) => c.id))).toEqual([...demo, ...submitted]);
  expect(await pagesOf(driver, director)).toEqual(pages);

  const orphans = await queue(sql, director, 'programme=orphanAllowance');
  expect(orphans).toMatchObject({ total: 1, cases: [{ id: submitted[4] }] });
  expect(await queue(driver, director, 'programme=orphanAllowance')).toEqual(orphans);
  expect(await queue(sql, director, 'status=townshipReview')).toMatchObject({ total: 0, cases: [] });
});

it('pages the queue latest submitted first when the desk sorts by 提交时间, the same through PostgreSQL and the driver', async () => {
  const director = await signInStaff(sql, 'director01');
  const pages = await pagesOf(sql, director, 'sort=submitted&');
  expect(pages.map((page) => page.total)).toEqual(Array(4).fill(demo.length + 5));
  const cases = pages.flatMap((page) => page.cases);
  expect(cases.slice(0, 5).map((c) => c.id)).toEqual([...submitted].reverse());
  expect(new Set(cases.map((c) => c.id))).toEqual(new Set([...demo, ...submitted]));
  expect(cases.map((c) => c.submittedAt)).toEqual(cases.map((c) => c.submittedAt).sort().reverse());
  expect(await pagesOf(driver, director, 'sort=submitted&')).toEqual(pages);

  const unknown = await httpClient(sql.baseUrl).get('/api/staff/cases?sort=name', director);
  expect(unknown.status).toBe(400);
  expect(unknown.body.code).toBe('VALIDATION_FAILED');
});

it('a case verified through one reader leaves the director’s queue and enters the township’s at once, in both', async () => {
  const director = await signInStaff(sql, 'director01');
  const supervisor = await signInStaff(sql, 'supervisor103');
  const moved = submitted[1]!;
  const before = await httpClient(sql.baseUrl).get(`/api/staff/cases/${moved}`, director);
  const verified = await httpClient(driver.baseUrl).post(`/api/staff/cases/${moved}/transitions`, { action: 'verify', expectedVersion: before.body.version, notes: '入户核实属实。' }, director);
  expect(verified.status).toBe(200);

  for (const server of [sql, driver]) {
    const mine = await queue(server, director, 'pageSize=20');
    expect(mine.total).toBe(demo.length + 4);
    expect(mine.cases.map((c) => c.id)).toEqual([...demo, ...submitted.filter((id) => id !== moved)]);
    const township = await queue(server, supervisor, 'pageSize=20');
    expect(township.total).toBe(demoTownship.length + 1);
    expect(township.cases.map((c) => c.id)).toEqual([...demoTownship, moved]);
  }
});
