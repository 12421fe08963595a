import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared';
import { seedServiceLists } from '@ccs/shared/services/load-service-lists';
import type { ListedServiceItem, NearbyPlace, ServiceItem } from '@ccs/shared/services/service-schemas';
import { waysToAct } from '@ccs/shared/services/ways-to-act';
import { signInStaff } from '../../test-support/case-fixtures';
import { createStaffAccount } from '../auth/create-staff-account';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { serviceListVersionModel } from './service-list-model';

const seeded = seededCountySuite();
const VILLAGE = '520123103201'; // 修文县六广镇六广村
const seeds = Object.fromEntries(seedServiceLists().map((list) => [list.regionCode, list.items.map((item) => item.id)]));

const ids = (items: ListedServiceItem[]) => items.map((item) => item.id);

describe('GET /api/services: what a place sees, without signing in', () => {
  it('a 修文县 village sees the Guizhou list, then the Guiyang and 修文县 additions, each with its list and version', async () => {
    const res = await seeded.api.get(`/api/services?region=${VILLAGE}`);
    expect(res.status).toBe(200);
    expect(res.body.regionCode).toBe(VILLAGE);
    expect(res.body.versions).toEqual([
      { regionCode: '52', version: 1, publishedAt: expect.any(String) },
      { regionCode: '5201', version: 1, publishedAt: expect.any(String) },
      { regionCode: '520123', version: 1, publishedAt: expect.any(String) },
    ]);
    expect(ids(res.body.items)).toEqual([...seeds['52']!, ...seeds['5201']!, ...seeds['520123']!]);
    expect(res.body.items.find((item: ListedServiceItem) => item.id === '520123.water-safety')).toMatchObject({ listRegionCode: '520123', listVersion: 1 });
    expect(res.body.items[0]).toMatchObject({ listRegionCode: '52', listVersion: 1 });
  });

  it('the county, the township and the village see the same list', async () => {
    const [county, township, village] = await Promise.all(['520123', '520123103', VILLAGE].map((code) => seeded.api.get(`/api/services?region=${code}`)));
    expect(ids(county!.body.items)).toEqual(ids(village!.body.items));
    expect(ids(township!.body.items)).toEqual(ids(village!.body.items));
  });

  it('another county of Guiyang (南明区) sees the province and city lists but not 修文县’s additions', async () => {
    const res = await seeded.api.get('/api/services?region=520102');
    expect(res.status).toBe(200);
    expect(res.body.versions.map((v: { regionCode: string }) => v.regionCode)).toEqual(['52', '5201']);
    expect(ids(res.body.items)).toEqual([...seeds['52']!, ...seeds['5201']!]);
  });

  it('a county outside Guiyang (遵义 汇川区) sees only the province list; a province without a list sees none', async () => {
    expect(ids((await seeded.api.get('/api/services?region=520303')).body.items)).toEqual(seeds['52']);
    const yunnan = await seeded.api.get('/api/services?region=53');
    expect(yunnan.status).toBe(200);
    expect(yunnan.body).toEqual({ regionCode: '53', versions: [], items: [] });
  });

  it('refuses a malformed code (400) and an unknown one (404), in Chinese', async () => {
    const bad = await seeded.api.get('/api/services?region=5201x');
    expect(bad.status).toBe(400);
    expect(bad.body.fields['query.region']).toBe('地区代码应为2、4、6、9或12位数字');
    const none = await seeded.api.get('/api/services');
    expect(none.status).toBe(400);
    const unknown = await seeded.api.get('/api/services?region=529999');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'REGION_NOT_FOUND', message: errorMessages.REGION_NOT_FOUND });
  });
});

describe('GET /api/services/items/:id', () => {
  it('gives the item as the place sees it', async () => {
    const res = await seeded.api.get(`/api/services/items/national.immunisation?region=${VILLAGE}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'national.immunisation', title: '免费打疫苗（国家免疫规划）', listRegionCode: '52', listVersion: 1 });
  });

  it('a county’s own item is there in that county only; elsewhere 404 with a Chinese message', async () => {
    expect((await seeded.api.get(`/api/services/items/520123.water-safety?region=${VILLAGE}`)).status).toBe(200);
    const elsewhere = await seeded.api.get('/api/services/items/520123.water-safety?region=520102');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).toMatchObject({ code: 'SERVICE_ITEM_NOT_FOUND', message: errorMessages.SERVICE_ITEM_NOT_FOUND });
    const malformed = await seeded.api.get(`/api/services/items/No%20Such?region=${VILLAGE}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.fields['params.id']).toBe('服务编号格式不对');
  });
});

describe('GET /api/services/search', () => {
  const search = (q: string, region = VILLAGE, limit?: number) =>
    seeded.api.get(`/api/services/search?q=${encodeURIComponent(q)}&region=${region}${limit ? `&limit=${limit}` : ''}`);

  it('finds 低保 by Chinese, full pinyin and initials', async () => {
    for (const q of ['低保', 'dibao', 'db']) {
      const res = await search(q);
      expect(res.status).toBe(200);
      expect(res.body.hits[0]).toMatchObject({ item: { id: 'gz.minimum-living', listRegionCode: '52' }, score: expect.any(Number) });
    }
  });

  it('finds vaccination by 打疫苗 and yimiao, with a limit', async () => {
    const res = await search('打疫苗', VILLAGE, 2);
    expect(res.body.hits).toHaveLength(2);
    expect(res.body.hits[0].item.id).toBe('national.immunisation');
    expect((await search('yimiao')).body.hits[0].item.id).toBe('national.immunisation');
  });

  it('a county’s item is found in that county only, and nonsense finds nothing', async () => {
    expect((await search('防溺水')).body.hits[0].item.id).toBe('520123.water-safety');
    expect(ids((await search('防溺水', '520102', 50)).body.hits.map((hit: { item: ListedServiceItem }) => hit.item))).not.toContain('520123.water-safety');
    expect((await search('火星飞船')).body).toEqual({ hits: [], places: [] });
  });

  it('forgives how people type: a homophone, traditional characters, pinyin with tones, a whole question', async () => {
    expect((await search('医报')).body.hits[0].item.id).toBe('national.medical-insurance');
    expect((await search('醫保')).body.hits[0].item.id).toBe('national.medical-insurance');
    expect((await search('yī bǎo')).body.hits[0].item.id).toBe('national.medical-insurance');
    const question = ids((await search('孩子在这边看病怎么报销', VILLAGE, 3)).body.hits.map((hit: { item: ListedServiceItem }) => hit.item));
    expect(question).toContain('national.medical-insurance');
    expect(question).toContain('national.cross-region-medical-settlement');
  });

  it('a search for a kind of place shows the places: 儿童之家 by region, with hours and phone, and nothing for 低保', async () => {
    const res = await search('兒童之家');
    expect(res.status).toBe(200);
    expect(res.body.places.length).toBeGreaterThan(0);
    expect(res.body.places.every((place: NearbyPlace) => place.kind === 'childrenHome')).toBe(true);
    // The family's own village first (六广村), without a position no distance.
    expect(res.body.places[0]).toMatchObject({ regionCode: VILLAGE, hours: expect.any(String), phone: expect.any(String) });
    expect(res.body.places[0].distanceMetres).toBeUndefined();
    expect((await search('低保')).body.places).toEqual([]);
  });

  it('with the family’s position the places come nearest first, with their distance (救助站, 医院)', async () => {
    const near = async (q: string) => (await seeded.api.get(`/api/services/search?q=${encodeURIComponent(q)}&region=${VILLAGE}&near=26.84,106.59`)).body.places as NearbyPlace[];
    const centres = await near('救助站');
    expect(centres.map((place) => place.kind)).toEqual(['protectionCentre']);
    expect(centres[0]!.distanceMetres).toBeGreaterThan(0);
    // 医院 asks for the 明天计划 hospital and the 卫生院 alike, the nearer first.
    const hospitals = await near('医院');
    expect(hospitals.map((place) => place.kind).sort()).toEqual(['hospital', 'tomorrowPlanHospital']);
    expect(hospitals[0]!.distanceMetres!).toBeLessThanOrEqual(hospitals[1]!.distanceMetres!);
    const homes = await near('儿童之家');
    const distances = homes.map((place) => place.distanceMetres!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(homes[0]!.name).toBe('栖凤社区儿童之家'); // 龙场街道, nearest to 26.84,106.59
  });

  it('a position that is not one is refused in Chinese', async () => {
    const res = await seeded.api.get(`/api/services/search?q=${encodeURIComponent('儿童之家')}&region=${VILLAGE}&near=here`);
    expect(res.status).toBe(400);
    expect(res.body.fields['query.near']).toBe('位置应写成“纬度,经度”，例如 26.93,106.59');
  });

  it('at least 90% of what a 修文县 village sees carries a way to act: a phone, a place the county has, or a step in the app', async () => {
    const places = (await seeded.api.get('/api/places?region=520123&limit=50')).body.places as NearbyPlace[];
    const kindsHere = new Set(places.map((place) => place.kind));
    const items = (await seeded.api.get(`/api/services?region=${VILLAGE}`)).body.items as ListedServiceItem[];
    const lacking = items.filter((item) => waysToAct(item, kindsHere).length === 0).map((item) => item.id);
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(lacking.length / items.length).toBeLessThanOrEqual(0.1);
  });

  it('a newly published version is searched at once (the index is per composed version)', async () => {
    await createStaffAccount(seeded.server.deps, { username: 'searchcounty', password: 'Demo@2026', name: '修文县民政局', roles: ['countyOfficer'], regionScope: '520123' });
    const token = await signInStaff(seeded.server, 'searchcounty');
    expect((await search('非遗剪纸')).body.hits).toEqual([]);
    const { draft } = (await seeded.api.get('/api/service-lists/520123', token)).body;
    const paperCut: ServiceItem = {
      id: '520123.paper-cutting',
      category: 'culture',
      title: '非遗剪纸课',
      forWhom: '县里的孩子。',
      gives: '每周六免费学剪纸。',
      department: '县文化馆',
      howToApply: '到县文化馆报名。',
      documents: [],
      placeKinds: [],
      handledAt: 'residence',
      conditions: [],
      keywords: ['剪纸', '手工'],
      source: '县文化馆通知',
    };
    await seeded.api.put('/api/service-lists/520123/draft', { revision: draft.revision, items: [...draft.items, paperCut] }, token);
    const published = await seeded.api.call('POST', '/api/service-lists/520123/publish', { token, body: {}, headers: { 'idempotency-key': randomUUID() } });
    expect(published.status).toBe(200);
    for (const q of ['非遗剪纸', 'jianzhi', 'feiyi']) expect((await search(q)).body.hits[0].item).toMatchObject({ id: '520123.paper-cutting', listVersion: 2 });
    expect((await search('非遗剪纸', '520102')).body.hits).toEqual([]);
  });

  it.each([
    ['no query', `region=${VILLAGE}`, 'query.q', '请输入要找的服务，比如“低保”或“上学”'],
    ['a blank query', `q=%20%20&region=${VILLAGE}`, 'query.q', '请输入要找的服务，比如“低保”或“上学”'],
    ['a query of 51 characters', `q=${'低'.repeat(51)}&region=${VILLAGE}`, 'query.q', '搜索的字太多了，请少于50个字'],
    ['a limit of 0', `q=db&region=${VILLAGE}&limit=0`, 'query.limit', '条数应为1到50的整数'],
    ['a limit that is not a number', `q=db&region=${VILLAGE}&limit=all`, 'query.limit', '条数应为1到50的整数'],
    ['no region', 'q=db', 'query.region', expect.stringMatching(/[\u4e00-\u9fff]/)],
  ])('%s is 400 VALIDATION_FAILED with a Chinese hint', async (_, query, field, hint) => {
    const res = await seeded.api.get(`/api/services/search?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: errorMessages.VALIDATION_FAILED });
    expect(res.body.fields[field]).toEqual(hint);
  });
});

describe('a version published by another API process', () => {
  it('is on the next services page at once, though this process remembers the latest version it saw', async () => {
    const versionsOf = async (region: string) =>
      (await seeded.api.get(`/api/services?region=${region}`)).body.versions.map((v: { regionCode: string; version: number }) => `${v.regionCode}:${v.version}`);
    expect(await versionsOf('520303')).toEqual(['52:1']);
    const Version = serviceListVersionModel(seeded.server.deps.db);
    const publish = (version: number) => Version.create({ _id: `520303:${version}`, regionCode: '520303', version, draftRevision: version, items: [], publishedAt: new Date(), publishedBy: null });
    await publish(1);
    expect(await versionsOf('520303')).toEqual(['52:1', '520303:1']);
    await publish(2);
    await publish(3);
    expect(await versionsOf('520303')).toEqual(['52:1', '520303:3']);
  });
});
