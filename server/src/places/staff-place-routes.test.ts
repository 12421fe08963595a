import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared';
import type { NearbyPlace, Place } from '@ccs/shared/services/service-schemas';
import type { StaffPlace } from '@ccs/shared/places/place-schemas';
import { signInStaff } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { createStaffAccount } from '../auth/create-staff-account';
import { auditLogModel } from '../audit/audit-log-model';

const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  await createStaffAccount(county.server.deps, { username: 'xifengplaces', password: 'Demo@2026', name: '息烽县民政局', roles: ['countyOfficer'], regionScope: '520122' });
  for (const username of ['county', 'admin', 'xifengplaces', 'director01']) tokens[username] = await signInStaff(county.server, username);
}, 120_000);

const VILLAGE = '520123103201';
/** A 儿童之家 the county opens in 六广村, without a position: families find it by region. */
const newHome = (id: string, extra: Partial<Place> = {}): Place => ({
  id,
  kind: 'childrenHome',
  name: '六广村第二儿童之家',
  regionCode: VILLAGE,
  address: '修文县六广镇六广村小学旁',
  hours: '周六 9:00—12:00',
  phone: '0851-82351288',
  ...extra,
});
const add = (place: Place, token = tokens.county) => county.api.post('/api/staff/places', place, token);
const familySees = async (id: string) => {
  const inRegion = (await county.api.get(`/api/places?region=${VILLAGE}&limit=50`)).body.places as NearbyPlace[];
  return inRegion.some((place) => place.id === id);
};

describe('a county officer sets up places; families see them at once', () => {
  it('a new place without a position: the family finds it in its village (first), by id and among an item’s places', async () => {
    const res = await add(newHome('liuguang-second-home'));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: 'liuguang-second-home', revision: 1, closed: false });
    expect(res.body.location).toBeUndefined();
    expect(await familySees('liuguang-second-home')).toBe(true);
    expect((await county.api.get('/api/places/liuguang-second-home')).body).toMatchObject({ name: '六广村第二儿童之家', phone: '0851-82351288' });
    const near = (await county.api.get('/api/places?near=27.0512,106.5826&limit=50')).body.places as NearbyPlace[];
    expect(near.map((place) => place.id)).not.toContain('liuguang-second-home');
    const byIds = await county.api.get('/api/places?ids=liuguang-second-home,no-such-place,xiuwen-county-minor-protection-centre');
    expect(byIds.body.places.map((place: Place) => place.id)).toEqual(['liuguang-second-home', 'xiuwen-county-minor-protection-centre']);
  });

  it('a double tap adds it once (201, then 200 with the same place); another place under a taken id is refused', async () => {
    const place = newHome('double-tap-home', { name: '双击儿童之家' });
    const [first, second] = [await add(place), await add(place)];
    expect([first.status, second.status]).toEqual([201, 200]);
    expect(second.body).toEqual(first.body);
    const other = await add({ ...place, name: '另一个儿童之家' });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'PLACE_ID_TAKEN', message: errorMessages.PLACE_ID_TAKEN });
    const listed = (await county.api.get('/api/staff/places?q=双击', tokens.county)).body.places as StaffPlace[];
    expect(listed.map((p) => p.id)).toEqual(['double-tap-home']);
  });

  it('an administrator lists the region’s places, filtered by kind and by words typed', async () => {
    const hospitals = (await county.api.get('/api/staff/places?kind=tomorrowPlanHospital', tokens.admin)).body.places as StaffPlace[];
    expect(hospitals).toEqual([]); // the 明天计划 hospital is in Guiyang, outside 修文县
    const homes = (await county.api.get(`/api/staff/places?kind=childrenHome&q=${encodeURIComponent('六广镇')}`, tokens.admin)).body.places as StaffPlace[];
    expect(homes.length).toBeGreaterThanOrEqual(5);
    expect(homes.every((place) => place.kind === 'childrenHome' && place.address.includes('六广镇'))).toBe(true);
    // Named as the officer knows it, not by its 12-digit code.
    expect(homes.every((place) => /^六广镇.+村$/.test(place.regionName))).toBe(true);
  });
});

describe('edits are checked against the revision they were made on', () => {
  it('two officers edit the same revision: the first is saved, the second is told it is stale; a repeated save is done once', async () => {
    const { body: place } = await add(newHome('two-editors-home'));
    const { id: _id, revision: _r, closed: _c, updatedAt: _u, regionName: _n, ...fields } = place as StaffPlace;
    const first = await county.api.put(`/api/staff/places/${place.id}`, { ...fields, hours: '周六、周日 9:00—12:00', revision: 1 }, tokens.county);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ revision: 2, hours: '周六、周日 9:00—12:00' });
    const again = await county.api.put(`/api/staff/places/${place.id}`, { ...fields, hours: '周六、周日 9:00—12:00', revision: 1 }, tokens.county);
    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(2);
    const second = await county.api.put(`/api/staff/places/${place.id}`, { ...fields, phone: '0851-82350000', revision: 1 }, tokens.admin);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'PLACE_STALE', message: errorMessages.PLACE_STALE });
    expect((await county.api.get(`/api/places/${place.id}`)).body).toMatchObject({ hours: '周六、周日 9:00—12:00', phone: '0851-82351288' });
  });

  it('a position added later puts the place among the nearest; removing it takes it out again', async () => {
    const { body: place } = await add(newHome('positioned-home'));
    const { id: _id, revision: _r, closed: _c, updatedAt: _u, regionName: _n, ...fields } = place as StaffPlace;
    const here = { latitude: 27.0513, longitude: 106.5827 };
    await county.api.put(`/api/staff/places/${place.id}`, { ...fields, location: here, revision: 1 }, tokens.county);
    const near = (await county.api.get(`/api/places?near=${here.latitude},${here.longitude}&limit=1`)).body.places as NearbyPlace[];
    expect(near[0]).toMatchObject({ id: 'positioned-home', distanceMetres: 0 });
    await county.api.put(`/api/staff/places/${place.id}`, { ...fields, revision: 2 }, tokens.county);
    expect((await county.api.get(`/api/places/${place.id}`)).body.location).toBeUndefined();
  });
});

describe('closing and reopening', () => {
  it('a closed place vanishes for families but stays on the administrators’ list; reopened, families see it again', async () => {
    const { body: place } = await add(newHome('closing-home'));
    const closed = await county.api.post(`/api/staff/places/${place.id}/close`, { revision: 1 }, tokens.county);
    expect(closed.body).toMatchObject({ closed: true, revision: 2 });
    expect(await familySees(place.id)).toBe(false);
    expect((await county.api.get(`/api/places/${place.id}`)).status).toBe(404);
    expect((await county.api.get(`/api/places?ids=${place.id}`)).body.places).toEqual([]);
    const staffList = (await county.api.get('/api/staff/places', tokens.county)).body.places as StaffPlace[];
    expect(staffList.find((p) => p.id === place.id)).toMatchObject({ closed: true });
    expect(staffList.at(-1)?.closed).toBe(true); // closed ones listed after the open ones
    const reopened = await county.api.post(`/api/staff/places/${place.id}/reopen`, { revision: 2 }, tokens.admin);
    expect(reopened.body).toMatchObject({ closed: false, revision: 3 });
    expect(await familySees(place.id)).toBe(true);
  });

  it('every change is in the audit log under the place’s village, with its revision', async () => {
    const entries = await auditLogModel(county.server.deps.db).find({ 'target.id': 'closing-home' }).sort({ at: 1 }).lean();
    expect(entries.map((entry) => [entry.action, entry.regionCodes, entry.detail])).toEqual([
      ['place.create', [VILLAGE], { revision: 1 }],
      ['place.close', [VILLAGE], { revision: 2 }],
      ['place.reopen', [VILLAGE], { revision: 3 }],
    ]);
  });
});

describe('refusals: a stable code and a Chinese message', () => {
  it('another county’s officer may neither add a place in 修文县 nor edit, close or reopen one', async () => {
    const res = await add(newHome('xifeng-tries'), tokens.xifengplaces);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'PLACE_OUT_OF_REGION', message: errorMessages.PLACE_OUT_OF_REGION });
    const close = await county.api.post('/api/staff/places/xiuwen-county-minor-protection-centre/close', { revision: 1 }, tokens.xifengplaces);
    expect(close.body.code).toBe('PLACE_OUT_OF_REGION');
    expect((await county.api.get('/api/staff/places', tokens.xifengplaces)).body.places).toEqual([]);
  });

  it('a county officer may not move a place out of the county', async () => {
    const { body: place } = await add(newHome('moving-home'));
    const { id: _id, revision: _r, closed: _c, updatedAt: _u, regionName: _n, ...fields } = place as StaffPlace;
    const res = await county.api.put(`/api/staff/places/${place.id}`, { ...fields, regionCode: '520122001001', revision: 1 }, tokens.county);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('PLACE_OUT_OF_REGION');
  });

  it('a village child director may not set up places', async () => {
    const res = await add(newHome('director-tries'), tokens.director01);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('an unknown place, an unknown village code', async () => {
    expect((await county.api.post('/api/staff/places/no-such-place/close', { revision: 1 }, tokens.county)).body.code).toBe('PLACE_NOT_FOUND');
    const res = await add(newHome('unknown-village', { regionCode: '520123103999' }));
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ code: 'REGION_NOT_FOUND', fields: { 'body.regionCode': '没有这个地区代码，请从列表中选择地区' } });
  });

  it.each([
    ['no name', { name: '' }, 'body.name', '请填写场所名称'],
    ['a phone with letters', { phone: '0851-abc' }, 'body.phone', '电话只能写数字和“-”，5到20位，例如 0851-82351201'],
    ['a kind that does not exist', { kind: 'library' }, 'body.kind', expect.stringContaining('场所类型只能是：儿童之家')],
    ['a latitude beyond 90', { location: { latitude: 91, longitude: 106.5 } }, 'body.location.latitude', '纬度应在-90到90之间'],
    ['an id with capitals', { id: 'Bad Id' }, 'body.id', '场所编号格式不对'],
  ])('%s', async (_, change, field, message) => {
    const res = await add({ ...newHome('bad-input-home'), ...change } as Place);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(res.body.fields[field]).toEqual(message);
  });
});

describe('service-list items name the places that serve them', () => {
  const item = (placeIds: string[]) => ({
    id: '520123.reading-corner',
    category: 'culture',
    title: '儿童之家读书角',
    forWhom: '六广村的孩子。',
    gives: '周六免费看书、借书。',
    department: '修文县民政局',
    howToApply: '周六上午带孩子去儿童之家。',
    documents: [],
    placeKinds: [],
    placeIds,
    handledAt: 'residence',
    conditions: [],
    keywords: ['看书'],
    source: '修文县民政局（演示数据）',
  });
  const saveDraft = async (placeIds: string[]) => {
    const { draft } = (await county.api.get('/api/service-lists/520123', tokens.county)).body;
    return county.api.put('/api/service-lists/520123/draft', { items: [...draft.items.filter((i: { id: string }) => i.id !== '520123.reading-corner'), item(placeIds)], revision: draft.revision }, tokens.county);
  };

  it('a place of another county or one that does not exist is refused, naming the item', async () => {
    const res = await saveDraft(['guiyang-tomorrow-plan-hospital', 'no-such-place']);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('PLACE_LINK_UNKNOWN');
    expect(Object.values(res.body.fields)).toEqual(['“儿童之家读书角”选的办理地点不存在或不在本地区：guiyang-tomorrow-plan-hospital、no-such-place']);
  });

  it('published with its place, the family reads the item and its place; closed, the place is no longer shown', async () => {
    const { body: place } = await add(newHome('reading-corner-home', { name: '读书角儿童之家' }));
    const saved = await saveDraft([place.id]);
    expect(saved.status).toBe(200);
    expect((await county.api.post('/api/service-lists/520123/publish', {}, tokens.county)).status).toBe(200);
    const shown = (await county.api.get(`/api/services/items/520123.reading-corner?region=${VILLAGE}`)).body;
    expect(shown.placeIds).toEqual([place.id]);
    expect((await county.api.get(`/api/places?ids=${shown.placeIds.join(',')}`)).body.places).toMatchObject([{ id: place.id, name: '读书角儿童之家' }]);
    await county.api.post(`/api/staff/places/${place.id}/close`, { revision: 1 }, tokens.county);
    expect((await county.api.get(`/api/places?ids=${place.id}`)).body.places).toEqual([]);
  });
});

describe('importing a places sheet (.xlsx): all or nothing, the same file twice changes nothing', () => {
  const headers = ['名称', '类型', '村/乡镇/县代码', '地址', '电话', '开放时间', '纬度', '经度'];
  async function sheet(rows: string[][], head = headers): Promise<Blob> {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('服务场所');
    ws.addRow(head);
    for (const row of rows) ws.addRow(row);
    return new Blob([new Uint8Array(await book.xlsx.writeBuffer())]);
  }
  const upload = async (file: Blob, token = tokens.county) => {
    const form = new FormData();
    form.append('file', file, 'places.xlsx');
    const res = await fetch(`${county.server.baseUrl}/api/staff/place-imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  };
  const good = [
    ['龙场中心卫生院', '卫生院', '520123001', '修文县龙场街道建设路12号', '0851-82321120', '全天', '26.8402', '106.5951'],
    ['修文县第三小学', '接收随迁子女的学校', '520123001001', '修文县龙场街道栖凤社区', '0851-82321330', '周一至周五 8:00—17:00', '', ''],
  ];

  it('a good sheet adds every place, families find them; sent again, every row is unchanged; edited, one row is updated', async () => {
    const first = await upload(await sheet(good));
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('imported');
    expect(first.body.rows.map((row: { row: number; outcome: string }) => [row.row, row.outcome])).toEqual([[2, 'added'], [3, 'added']]);
    const hospitals = (await county.api.get('/api/places?region=520123001001&kinds=hospital,school')).body.places as NearbyPlace[];
    expect(hospitals.map((place) => place.name)).toEqual(expect.arrayContaining(['修文县第三小学', '龙场中心卫生院']));
    const again = await upload(await sheet(good));
    expect(again.body.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['unchanged', 'unchanged']);
    const edited = await upload(await sheet([good[0]!, [...good[1]!.slice(0, 5), '周一至周六 8:00—17:00', '', '']]));
    expect(edited.body.rows.map((row: { outcome: string }) => row.outcome)).toEqual(['unchanged', 'updated']);
    const staffList = (await county.api.get(`/api/staff/places?q=${encodeURIComponent('第三小学')}`, tokens.county)).body.places as StaffPlace[];
    expect(staffList).toMatchObject([{ hours: '周一至周六 8:00—17:00', revision: 2 }]);
  });

  it('a sheet with bad rows writes nothing and names each row and column', async () => {
    const res = await upload(
      await sheet([
        ['新华村儿童之家', '儿童之家', '520123103201', '六广镇新华组', '0851-82351300', '周六 9:00—12:00', '', ''],
        ['', '图书馆', '520123103201', '六广镇', '0851-abc', '周六', '', ''],
        ['息烽县儿童之家', '儿童之家', '520122001001', '息烽县', '0851-87721000', '周六', '27.1', ''],
        ['新华村儿童之家', '儿童之家', '520123103201', '六广镇新华组', '0851-82351300', '周六 9:00—12:00', '', ''],
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('refused');
    const problems = Object.fromEntries(res.body.rows.map((row: { row: number; problems: { column: string; message: string }[] }) => [row.row, row.problems]));
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual(
      expect.arrayContaining([
        { column: '名称', message: '请填写场所名称' },
        { column: '类型', message: expect.stringContaining('类型只能是：儿童之家') },
        { column: '电话', message: '电话只能写数字和“-”，5到20位，例如 0851-82351201' },
      ]),
    );
    expect(problems[4]).toEqual(expect.arrayContaining([{ column: '纬度', message: '纬度和经度要一起填，不知道就都空着' }]));
    expect(problems[5]).toEqual([{ column: '名称', message: '和第2行是同一个场所（同一地区、同名或同编号），请合并成一行' }]);
    expect((await county.api.get(`/api/staff/places?q=${encodeURIComponent('新华村')}`, tokens.county)).body.places).toEqual([]);
  });

  it('a region outside the importer’s is refused for that row', async () => {
    const res = await upload(await sheet([['息烽县儿童之家', '儿童之家', '520122001001', '息烽县', '0851-87721000', '周六', '', '']]));
    expect(res.body.rows[0].problems).toEqual([{ column: '村/乡镇/县代码', message: '不在您负责的地区，只能导入本地区的场所' }]);
  });

  it('a file that is not an .xlsx, or a sheet without the required columns, is refused in Chinese', async () => {
    const notXlsx = await upload(new Blob([new TextEncoder().encode('名称,类型\n')]));
    expect(notXlsx.status).toBe(415);
    expect(notXlsx.body).toMatchObject({ code: 'SPREADSHEET_NOT_XLSX', message: errorMessages.SPREADSHEET_NOT_XLSX });
    const noColumns = await upload(await sheet([['x', 'y']], ['名称', '备注']));
    expect(noColumns.body.code).toBe('SPREADSHEET_COLUMNS_MISSING');
    expect(noColumns.body.message).toContain('类型、村/乡镇/县代码、地址、电话、开放时间');
  });

  it('the template names every column', async () => {
    const res = await fetch(`${county.server.baseUrl}/api/staff/places/template`, { headers: { authorization: `Bearer ${tokens.county}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect((book.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual(['编号', '名称', '类型', '村/乡镇/县代码', '地址', '电话', '开放时间', '纬度', '经度']);
  });
});
