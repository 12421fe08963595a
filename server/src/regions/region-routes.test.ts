import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { httpClient } from '../../test-support/http-client';
import { loadRegions } from './load-regions';
import { regionModel } from './region-model';

let server: TestServer;
let api: ReturnType<typeof httpClient>;

// Every township of the country, as the server's start-up loads them, and the villages of 修文县.
const loaded = { provinces: ['52'], onlyWithin: '520123', allTownships: true };
beforeAll(async () => {
  server = await startTestServer();
  api = httpClient(server.baseUrl);
  await loadRegions(server.deps.db, loaded);
}, 300_000);
afterAll(() => server.close());

type Child = { code: string; name: string; level: number; hasChildren: boolean };
const names = (children: Child[]) => children.map((child) => child.name);
const isSorted = (children: Child[]) => children.every((child, i) => i === 0 || children[i - 1]!.code < child.code);

describe('GET /api/regions/:code/children (the region picker, before sign-in)', () => {
  it('root lists the 31 provinces with codes, 贵州省 among them, and no parent', async () => {
    const res = await api.get('/api/regions/root/children');
    expect(res.status).toBe(200);
    expect(res.body.parent).toBeNull();
    expect(res.body.children).toHaveLength(31);
    expect(res.body.children).toContainEqual({ code: '52', name: '贵州省', level: 1, hasChildren: true });
    expect(isSorted(res.body.children)).toBe(true);
  });

  it('a county (修文县) lists its townships in code order, each with villages below', async () => {
    const res = await api.get('/api/regions/520123/children');
    expect(res.status).toBe(200);
    expect(res.body.parent).toEqual({ code: '520123', name: '修文县', level: 3 });
    expect(names(res.body.children)).toEqual(expect.arrayContaining(['龙场街道', '扎佐街道', '六广镇', '大石布依族乡']));
    expect(res.body.children).toHaveLength(12);
    expect(res.body.children[0]).toEqual({ code: '520123001', name: '龙场街道', level: 4, hasChildren: true });
    expect(res.body.children.every((child: Child) => child.level === 4 && child.hasChildren)).toBe(true);
    expect(isSorted(res.body.children)).toBe(true);
  });

  it('a township of a county not opened (息烽县永靖镇) lists no villages, so the picker stops there', async () => {
    const county = await api.get('/api/regions/520122/children');
    expect(county.body.children.every((child: Child) => child.level === 4 && !child.hasChildren)).toBe(true);
    expect((await api.get(`/api/regions/${county.body.children[0].code}/children`)).body.children).toEqual([]);
  });

  it('a township (龙场街道) lists its villages and communities, none with children', async () => {
    const res = await api.get('/api/regions/520123001/children');
    expect(res.status).toBe(200);
    expect(res.body.parent).toEqual({ code: '520123001', name: '龙场街道', level: 4 });
    expect(res.body.children).toHaveLength(17);
    expect(res.body.children[0]).toEqual({ code: '520123001001', name: '栖凤社区', level: 5, hasChildren: false });
    expect(res.body.children.every((child: Child) => child.level === 5 && !child.hasChildren)).toBe(true);
    expect(isSorted(res.body.children)).toBe(true);
  });

  it('a county outside the loaded provinces (昆明市五华区) lists its townships, which have no villages loaded', async () => {
    const city = await api.get('/api/regions/5301/children');
    expect(city.status).toBe(200);
    expect(city.body.children.length).toBeGreaterThan(10);
    expect(city.body.children.find((child: Child) => child.code === '530102')).toEqual({ code: '530102', name: '五华区', level: 3, hasChildren: true });
    const county = await api.get('/api/regions/530102/children');
    expect(county.body.parent).toEqual({ code: '530102', name: '五华区', level: 3 });
    expect(county.body.children.length).toBeGreaterThan(5);
    expect(county.body.children.every((child: Child) => child.level === 4 && !child.hasChildren)).toBe(true);
    const township = county.body.children[0] as Child;
    expect((await api.get(`/api/regions/${township.code}/children`)).body).toEqual({ parent: { code: township.code, name: township.name, level: 4 }, children: [] });
  });

  it('a village has no children', async () => {
    const res = await api.get('/api/regions/520123001201/children');
    expect(res.body).toEqual({ parent: { code: '520123001201', name: '新寨村', level: 5 }, children: [] });
  });
});

describe('GET /api/regions/:code', () => {
  it('a village comes with its path from the province down to itself', async () => {
    const res = await api.get('/api/regions/520123001201');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      code: '520123001201',
      name: '新寨村',
      level: 5,
      parentCode: '520123001',
      path: [
        { code: '52', name: '贵州省', level: 1 },
        { code: '5201', name: '贵阳市', level: 2 },
        { code: '520123', name: '修文县', level: 3 },
        { code: '520123001', name: '龙场街道', level: 4 },
        { code: '520123001201', name: '新寨村', level: 5 },
      ],
    });
  });

  it('a province has no parent and a path of itself', async () => {
    const res = await api.get('/api/regions/52');
    expect(res.body).toEqual({ code: '52', name: '贵州省', level: 1, parentCode: null, path: [{ code: '52', name: '贵州省', level: 1 }] });
  });
});

describe('codes the API refuses', () => {
  it.each([
    ['a township code that does not exist', '/api/regions/520123999'],
    ['a province code that does not exist', '/api/regions/99/children'],
    ['a village outside the loaded provinces', '/api/regions/530102001001'],
    ['a township code inside a real county that does not exist', '/api/regions/530102999'],
  ])('%s is 404 REGION_NOT_FOUND with the Chinese message', async (_, path) => {
    const res = await api.get(path);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'REGION_NOT_FOUND', message: errorMessages.REGION_NOT_FOUND });
    expect(res.body.message).toMatch(/地区/);
  });

  it.each([
    ['a code of 7 digits', '/api/regions/5201231'],
    ['letters', '/api/regions/abc/children'],
    ['`root` outside the children list', '/api/regions/root'],
    ['a code with a sign', '/api/regions/-52'],
  ])('%s is 400 VALIDATION_FAILED', async (_, path) => {
    const res = await api.get(path);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fields['params.code']).toBeTruthy();
  });
});

describe('loading the regions again', () => {
  it('skips the load and leaves exactly the same rows', async () => {
    const Region = regionModel(server.deps.db);
    const before = await Region.countDocuments();
    const again = await loadRegions(server.deps.db, loaded);
    expect(again.skipped).toBe(true);
    expect(before).toBe(31 + 342 + 2978 + 41352 + 126);
    expect(await Region.countDocuments()).toBe(before);
    expect((await api.get('/api/regions/520123/children')).body.children).toHaveLength(12);
  }, 120_000);
});
