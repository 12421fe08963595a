import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared';
import type { ServiceItem } from '@ccs/shared/services/service-schemas';
import { nationalBaseItemIds } from '@ccs/shared/services/national-base';
import { signInFamily, signInStaff } from '../../test-support/case-fixtures';
import { createStaffAccount } from '../auth/create-staff-account';
import { seedServiceListVersions } from './seed-service-lists';
import { serviceListVersionModel } from './service-list-model';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const staff = (username: string, name: string, roles: ('countyOfficer' | 'admin')[], regionScope: string) =>
    createStaffAccount(county.server.deps, { username, password: 'Demo@2026', name, roles, regionScope });
  await staff('nanming', '南明区民政局', ['countyOfficer'], '520102');
  await staff('gzadmin', '贵州省管理员', ['admin'], '52');
  await staff('gyadmin', '贵阳市管理员', ['admin'], '5201');
  tokens.family = await signInFamily(county.server, '13900000001');
  for (const username of ['county', 'admin', 'nanming', 'gzadmin', 'gyadmin', 'director01', 'supervisor103']) tokens[username] = await signInStaff(county.server, username);
}, 120_000);

/** A county's own item, as a county officer would write it. */
const ownItem = (id: string, title: string, extra: Partial<ServiceItem> = {}): ServiceItem => ({
  id,
  category: 'culture',
  title,
  forWhom: '县里的孩子。',
  gives: '周末免费参加活动。',
  department: '县民政局',
  howToApply: '到村里的儿童之家报名。',
  documents: [],
  placeKinds: ['childrenHome'],
  handledAt: 'residence',
  conditions: [],
  keywords: ['活动'],
  source: '县民政局通知',
  ...extra,
});

const overview = (region: string, token = tokens.county) => county.api.get(`/api/service-lists/${region}`, token);
const saveDraft = (region: string, body: unknown, token = tokens.county) => county.api.put(`/api/service-lists/${region}/draft`, body, token);
const publish = (region: string, token = tokens.county, key?: string, body: unknown = {}) =>
  county.api.call('POST', `/api/service-lists/${region}/publish`, { token, body, headers: key ? { 'idempotency-key': key } : {} });
const version = (region: string, n: number | string, token = tokens.county) => county.api.get(`/api/service-lists/${region}/versions/${n}`, token);
const versionCount = (region: string) => serviceListVersionModel(county.server.deps.db).countDocuments({ regionCode: region });

describe('the seeded lists', () => {
  it('each seed region has version 1 from the files, and its draft starts as that version', async () => {
    const res = await overview('520123');
    expect(res.status).toBe(200);
    expect(res.body.versions).toEqual([{ version: 1, publishedAt: expect.any(String), draftRevision: 0, itemCount: 3 }]);
    expect(res.body.draft).toMatchObject({ regionCode: '520123', revision: 0, savedAt: null, publishedAs: 1 });
    expect(res.body.draft.items.map((item: ServiceItem) => item.id)).toEqual(['520123.summer-camp', '520123.temporary-care', '520123.water-safety']);
    const province = await overview('52', tokens.gzadmin);
    expect(province.body.versions[0]).toMatchObject({ version: 1, draftRevision: 0 });
    expect(province.body.draft.items.map((item: ServiceItem) => item.id)).toEqual(expect.arrayContaining([...nationalBaseItemIds]));
  });

  it('seeding again leaves every version as it was', async () => {
    const before = await serviceListVersionModel(county.server.deps.db).find().sort({ _id: 1 }).lean();
    const again = await seedServiceListVersions(county.server.deps.db);
    expect(again).toEqual({ published: [], kept: ['52', '5201', '520123'] });
    expect(await serviceListVersionModel(county.server.deps.db).find().sort({ _id: 1 }).lean()).toEqual(before);
  });
});

describe('versioning: a published version never changes', () => {
  it('editing and publishing the draft leaves version 1 exactly as it was', async () => {
    const v1 = await version('520123', 1);
    expect(v1.status).toBe(200);
    expect(v1.body).toMatchObject({ regionCode: '520123', version: 1 });

    const start = (await overview('520123')).body.draft;
    const reading = ownItem('520123.weekend-reading', '周末读书会');
    const saved = await saveDraft('520123', { revision: start.revision, items: [...start.items, reading] });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ revision: start.revision + 1, publishedAs: null, savedAt: expect.any(String) });

    const published = await publish('520123', tokens.county, randomUUID());
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ regionCode: '520123', version: 2 });
    expect(published.body.items.map((item: ServiceItem) => item.id)).toContain('520123.weekend-reading');

    // Change a title, drop an item, save and publish again: versions 1 and 2 stay as they were.
    const v2 = await version('520123', 2);
    const edited = saved.body.items
      .filter((item: ServiceItem) => item.id !== '520123.water-safety')
      .map((item: ServiceItem) => (item.id === '520123.summer-camp' ? { ...item, title: '暑假夏令营（改过的标题）' } : item));
    const again = await saveDraft('520123', { revision: saved.body.revision, items: edited });
    expect(again.status).toBe(200);
    const v3 = await publish('520123', tokens.county, randomUUID());
    expect(v3.body.version).toBe(3);

    expect((await version('520123', 1)).body).toEqual(v1.body);
    // Read past the in-memory cache too: the stored document is the one first published.
    const stored = await serviceListVersionModel(county.server.deps.db).findById('520123:1').lean();
    expect({ items: stored?.items, publishedAt: stored?.publishedAt.toISOString() }).toEqual({ items: v1.body.items, publishedAt: v1.body.publishedAt });
    expect((await version('520123', 2)).body).toEqual(v2.body);
    expect(v1.body.items.find((item: ServiceItem) => item.id === '520123.summer-camp').title).toBe('儿童之家暑假活动');
    const list = await overview('520123');
    expect(list.body.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(list.body.draft).toMatchObject({ revision: again.body.revision, publishedAs: 3 });
  });

  it('publishing twice with one Idempotency-Key gives one version, even after the draft moved on', async () => {
    const draft = (await overview('520123')).body.draft;
    await saveDraft('520123', { revision: draft.revision, items: [...draft.items, ownItem('520123.chess-club', '象棋兴趣班')] });
    const key = randomUUID();
    const before = await versionCount('520123');
    const first = await publish('520123', tokens.county, key);
    expect(first.status).toBe(200);
    const repeat = await publish('520123', tokens.county, key);
    expect(repeat.status).toBe(200);
    expect(repeat.body).toEqual(first.body);
    expect(await versionCount('520123')).toBe(before + 1);

    // The first response was lost, someone edited the draft, the app retries with the same key: still that version.
    const now = (await overview('520123')).body.draft;
    await saveDraft('520123', { revision: now.revision, items: [...now.items, ownItem('520123.dance', '跳舞兴趣班')] });
    const retried = await publish('520123', tokens.county, key);
    expect(retried.body).toEqual(first.body);
    expect(await versionCount('520123')).toBe(before + 1);
  });

  it('publishing the same draft revision twice without a key, or five times at once, gives one version', async () => {
    const before = await versionCount('520123');
    const results = await Promise.all(Array.from({ length: 5 }, () => publish('520123')));
    expect(results.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(results.map((res) => res.body.version)).size).toBe(1);
    const again = await publish('520123');
    expect(again.body.version).toBe(results[0]!.body.version);
    expect(await versionCount('520123')).toBe(before + 1);
  });

  it('two editors saving from the same revision at once: one wins, the other is told to reload (409)', async () => {
    const draft = (await overview('520123')).body.draft;
    const [a, b] = await Promise.all([
      saveDraft('520123', { revision: draft.revision, items: [...draft.items, ownItem('520123.editor-a', '编辑甲加的')] }),
      saveDraft('520123', { revision: draft.revision, items: [...draft.items, ownItem('520123.editor-b', '编辑乙加的')] }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const refused = a.status === 409 ? a : b;
    expect(refused.body).toMatchObject({ code: 'SERVICE_LIST_STALE', message: errorMessages.SERVICE_LIST_STALE });
    const after = (await overview('520123')).body.draft;
    expect(after.revision).toBe(draft.revision + 1);
    expect(after.items).toHaveLength(draft.items.length + 1);
  });

  it('a save or a publish from an old revision is refused as stale, with the current revision', async () => {
    const draft = (await overview('520123')).body.draft;
    const old = await saveDraft('520123', { revision: draft.revision - 1, items: draft.items });
    expect(old.status).toBe(409);
    expect(old.body).toMatchObject({ code: 'SERVICE_LIST_STALE', data: { currentRevision: String(draft.revision) } });
    const ahead = await saveDraft('520123', { revision: draft.revision + 5, items: draft.items });
    expect(ahead.status).toBe(409);
    const stalePublish = await publish('520123', tokens.county, undefined, { revision: draft.revision - 1 });
    expect(stalePublish.status).toBe(409);
    expect(stalePublish.body.code).toBe('SERVICE_LIST_STALE');
  });
});

describe('the rules on publishing', () => {
  it('a county list cannot repeat an item of the province or city list above it', async () => {
    const draft = (await overview('520123')).body.draft;
    const province = (await version('52', 1, tokens.gzadmin)).body.items as ServiceItem[];
    const copied = province.find((item) => item.id === 'national.immunisation')!;
    const saved = await saveDraft('520123', { revision: draft.revision, items: [...draft.items, { ...copied, title: '县里的打疫苗' }] });
    expect(saved.status).toBe(200);
    const before = await versionCount('520123');
    const res = await publish('520123');
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'SERVICE_ITEM_IN_PARENT_LIST', message: errorMessages.SERVICE_ITEM_IN_PARENT_LIST, data: { repeated: 'national.immunisation' } });
    expect(res.body.fields.items).toContain('县里的打疫苗（national.immunisation）');
    expect(await versionCount('520123')).toBe(before);
    // Taking it out again makes the draft publishable.
    const fixed = await saveDraft('520123', { revision: saved.body.revision, items: draft.items });
    expect(fixed.status).toBe(200);
    expect((await publish('520123')).status).toBe(200);
  });

  it('a city list cannot repeat a province item either', async () => {
    const draft = (await overview('5201', tokens.gyadmin)).body.draft;
    const province = (await version('52', 1, tokens.gzadmin)).body.items as ServiceItem[];
    const saved = await saveDraft('5201', { revision: draft.revision, items: [...draft.items, province.find((item) => item.id === 'gz.minimum-living')] }, tokens.gyadmin);
    const res = await publish('5201', tokens.gyadmin);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('SERVICE_ITEM_IN_PARENT_LIST');
    await saveDraft('5201', { revision: saved.body.revision, items: draft.items }, tokens.gyadmin);
  });

  it('the national base items cannot be removed from the province list; the refusal names them', async () => {
    const draft = (await overview('52', tokens.gzadmin)).body.draft;
    const without = draft.items.filter((item: ServiceItem) => item.id !== 'national.immunisation' && item.id !== 'national.childcare');
    const saved = await saveDraft('52', { revision: draft.revision, items: without }, tokens.gzadmin);
    expect(saved.status).toBe(200);
    const res = await publish('52', tokens.gzadmin, randomUUID());
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({
      code: 'SERVICE_LIST_BASE_MISSING',
      message: errorMessages.SERVICE_LIST_BASE_MISSING,
      data: { missing: 'national.immunisation,national.childcare' },
    });
    expect(res.body.fields.items).toBe(
      '省级清单缺少国家基础服务项目：免费打疫苗（国家免疫规划）（national.immunisation）、普惠托育（3岁以下孩子）（national.childcare）。请加回后再发布。',
    );
    expect(await versionCount('52')).toBe(1);
    const services = await county.api.get('/api/services?region=520123103201');
    expect(services.body.items.map((item: ServiceItem) => item.id)).toContain('national.immunisation');

    // A Guizhou item may go; the province publishes once every base item is back.
    const restored = draft.items.filter((item: ServiceItem) => item.id !== 'gz.return-to-school');
    const back = await saveDraft('52', { revision: saved.body.revision, items: restored }, tokens.gzadmin);
    const ok = await publish('52', tokens.gzadmin, randomUUID());
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(2);
    expect(back.body.revision).toBe(saved.body.revision + 1);
  });
});

describe('who may edit which list', () => {
  const draftBody = async (region: string, token: string) => {
    const { draft } = (await overview(region, token)).body;
    return { revision: draft.revision, items: draft.items };
  };

  it('a city admin edits the city list; a province admin edits province, city and county lists', async () => {
    expect((await overview('5201', tokens.gyadmin)).status).toBe(200);
    expect((await overview('520123', tokens.gyadmin)).status).toBe(200);
    for (const region of ['52', '5201', '520123']) expect((await overview(region, tokens.gzadmin)).status).toBe(200);
    expect((await saveDraft('5201', await draftBody('5201', tokens.gyadmin!), tokens.gyadmin)).status).toBe(200);
  });

  it.each([
    ['a family', 'family', 403, 'FORBIDDEN'],
    ['a child director', 'director01', 403, 'FORBIDDEN'],
    ['a supervisor', 'supervisor103', 403, 'FORBIDDEN'],
    ['another county’s officer (南明区)', 'nanming', 403, 'OUT_OF_REGION'],
  ])('%s may not read, edit or publish 修文县’s list', async (_, who, status, code) => {
    const token = tokens[who]!;
    const body = { revision: 0, items: [] };
    for (const res of [await overview('520123', token), await saveDraft('520123', body, token), await publish('520123', token), await version('520123', 1, token)]) {
      expect(res.status).toBe(status);
      expect(res.body).toMatchObject({ code, message: errorMessages[code as 'FORBIDDEN'] });
    }
  });

  it.each([
    ['the county officer, the province list', 'county', '52'],
    ['the county officer, the city list', 'county', '5201'],
    ['the county admin, the city list', 'admin', '5201'],
    ['the city admin, the province list', 'gyadmin', '52'],
    ['the city admin, another city’s county (遵义 汇川区)', 'gyadmin', '520303'],
  ])('out of region: %s', async (_, who, region) => {
    const token = tokens[who]!;
    for (const res of [await overview(region, token), await saveDraft(region, { revision: 0, items: [] }, token), await publish(region, token)]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OUT_OF_REGION');
    }
  });

  it('without signing in: 401', async () => {
    const res = await county.api.get('/api/service-lists/520123');
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('UNAUTHENTICATED');
  });
});

describe('bad input gets a stable code and a Chinese message, never a 500', () => {
  const valid = () => ownItem('520123.test-item', '测试项目');

  it.each([
    ['an item without a title', [{ ...valid(), title: '' }], 'body.items.0.title'],
    ['an id with capitals and spaces', [{ ...valid(), id: 'My Item' }], 'body.items.0.id'],
    ['an unknown category', [{ ...valid(), category: 'shopping' }], 'body.items.0.category'],
    ['a hukou-place item that does not say how to ask from here', [{ ...valid(), handledAt: 'hukou' }], 'body.items.0.crossRegion'],
    ['two items with one id', [valid(), valid()], 'body.items'],
    ['items that are not a list', 'all of them', 'body.items'],
  ])('%s', async (_, items, field) => {
    const revision = (await overview('520123')).body.draft.revision;
    const res = await saveDraft('520123', { revision, items });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', message: errorMessages.VALIDATION_FAILED });
    expect(res.body.fields[field]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a draft without its revision', async () => {
    const res = await saveDraft('520123', { items: [] });
    expect(res.status).toBe(400);
    expect(res.body.fields['body.revision']).toBe('请带上草稿的版本号（revision）');
  });

  it('a township code is not a list', async () => {
    const res = await overview('520123103');
    expect(res.status).toBe(400);
    expect(res.body.fields['params.regionCode']).toBe('服务清单按省、市、县编制，请用2位、4位或6位的地区代码');
  });

  it('a county code that does not exist', async () => {
    const res = await county.api.get('/api/service-lists/529999', tokens.gzadmin);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'REGION_NOT_FOUND', message: errorMessages.REGION_NOT_FOUND });
  });

  it('a version that is not a number, or does not exist', async () => {
    const bad = await version('520123', 'latest');
    expect(bad.status).toBe(400);
    expect(bad.body.fields['params.version']).toBe('版本号应为正整数');
    const missing = await version('520123', 99);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'SERVICE_LIST_VERSION_NOT_FOUND', message: errorMessages.SERVICE_LIST_VERSION_NOT_FOUND });
  });

  it('a malformed Idempotency-Key and a malformed JSON body', async () => {
    const key = await publish('520123', tokens.county, 'bad key!');
    expect(key.status).toBe(400);
    expect(key.body.fields['headers.idempotency-key']).toMatch(/请求编号/);
    const res = await fetch(`${county.server.baseUrl}/api/service-lists/520123/draft`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.county}` },
      body: '{"items": [',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: errorMessages.VALIDATION_FAILED });
  });
});

describe('OpenAPI', () => {
  it('documents every service list, service and place route with the shared schemas', async () => {
    const doc = (await county.api.get('/api/openapi.json')).body;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/service-lists/{regionCode}',
        '/api/service-lists/{regionCode}/draft',
        '/api/service-lists/{regionCode}/publish',
        '/api/service-lists/{regionCode}/versions/{version}',
        '/api/services',
        '/api/services/search',
        '/api/services/items/{id}',
        '/api/places',
        '/api/places/{id}',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ServiceItem', 'ServiceListVersion', 'ListedServiceItem', 'RegionServiceList', 'ServiceSearchHit', 'Place', 'NearbyPlace', 'ServiceListOverview']),
    );
    expect(doc.paths['/api/services'].get['x-access']).toBe('public');
    expect(doc.paths['/api/service-lists/{regionCode}/publish'].post['x-access']).toEqual(['countyOfficer', 'admin']);
  });
});
