import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { stageDueDate, toIsoDate } from '@ccs/shared';
import { agreeToChildPrivacy, residentIdFor, signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { loadParameterSet } from '../parameters/load-parameter-set';
import { loadWorkingDayCalendar } from '../calendar/load-working-day-calendar';
import { childModel } from '../children/child-model';
import { createStaffAccount } from '../auth/create-staff-account';
import { markOverdueCases } from './mark-overdue-cases';

// Families from anywhere in China (issue 20 §4): the suite loads 修文县 down to villages; 昆明市五华区 (Yunnan) and
// 息烽县 (Guizhou, not opened) are counties without villages here.
const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  tokens.family = await signInFamily(county.server, '13900000031');
  tokens.supervisor = await signInStaff(county.server, 'supervisor001');
  await agreeToChildPrivacy(county.server, tokens.family);
}, 120_000);

const wuhua = { hukouRegion: '530102', hukouAddress: '云南省昆明市五华区护国街道文明街12号', residenceRegion: '520123001001' };
const putChild = (body: Record<string, unknown>, sequence: string) =>
  county.api.call('PUT', `/api/children/${randomUUID()}`, {
    token: tokens.family,
    body: { name: '李小云', residentId: residentIdFor('2016-05-05', sequence), relation: 'mother', guardianName: '李春', ...body },
  });
const dueAfter = async (stage: 'crossRegionHandover' | 'handedOver', from: Date) =>
  stageDueDate('deFactoUnsupportedAllowance', stage, '520123001', toIsoDate(from), await loadParameterSet(county.server.deps.db), await loadWorkingDayCalendar(county.server.deps.db)).date;
const act = (id: string, body: Record<string, unknown>) => county.api.post(`/api/staff/cases/${id}/transitions`, body, tokens.supervisor);
const familyView = async (id: string) => (await county.api.get(`/api/applications/${id}`, tokens.family)).body;
/** Midday in Beijing on the day after an ISO date. */
const dayAfter = (isoDate: string) => new Date(new Date(`${isoDate}T12:00:00+08:00`).getTime() + 24 * 3600_000);

describe('a child whose hukou is in another province', () => {
  it('is saved with its hukou county and written address, the address sealed at rest', async () => {
    const res = await putChild(wuhua, '701');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ hukouRegion: { code: '530102', name: '五华区', level: 3 }, hukouAddress: wuhua.hukouAddress, residenceRegion: { code: '520123001001' } });
    const stored = await childModel(county.server.deps.db).collection.findOne({ _id: res.body.id });
    expect(stored?.hukouRegion).toBe('530102');
    expect(JSON.stringify(stored?.hukouAddress)).not.toContain('文明街');
  });

  it.each([
    ['a malformed county code', { ...wuhua, hukouRegion: '53010' }, 400, 'VALIDATION_FAILED', 'body.hukouRegion'],
    ['a county that does not exist', { ...wuhua, hukouRegion: '539999' }, 404, 'REGION_NOT_FOUND', 'body.hukouRegion'],
    ['no written address', { ...wuhua, hukouAddress: null }, 400, 'VALIDATION_FAILED', 'body.hukouAddress'],
    ['an address of one character', { ...wuhua, hukouAddress: '云' }, 400, 'VALIDATION_FAILED', 'body.hukouAddress'],
    ['no village where the child lives, to apply in', { ...wuhua, residenceRegion: null }, 400, 'VALIDATION_FAILED', 'body.residenceRegion'],
    ['a county whose villages are loaded, not chosen down to its village', { ...wuhua, hukouRegion: '520123' }, 400, 'VALIDATION_FAILED', 'body.hukouRegion'],
  ])('%s is refused with a Chinese message on the field', async (_name, body, status, code, field) => {
    const res = await putChild(body, '702');
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.fields[field]).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the 跨省通办 hand-over', () => {
  let id: string;
  it('an allowance decided at the hukou place goes to the residence township, due in the hand-over time limit', async () => {
    const { response } = await submitApplication(county.server, tokens.family!, { ...wuhua, sequence: '711' });
    expect(response.status).toBe(200);
    id = response.body.id;
    expect(response.body).toMatchObject({ status: 'crossRegionHandover', routing: { crossRegion: true }, holder: { role: 'childSupervisor', region: { code: '520123001' } } });
    expect(response.body.routing.reason).toMatch(/^跨省通办：/);
    expect(response.body.dueDate).toBe(await dueAfter('crossRegionHandover', new Date()));
  });

  it('sending it records the hukou county’s office and the answer’s due date, and the family reads both', async () => {
    const seen = await county.api.get(`/api/staff/cases/${id}`, tokens.supervisor);
    const sent = await act(id, { action: 'handOver', expectedVersion: seen.body.version, notes: '已通过全国儿童福利信息系统推送' });
    expect(sent.status).toBe(200);
    const answerDue = await dueAfter('handedOver', new Date());
    expect(sent.body).toMatchObject({
      status: 'handedOver',
      dueDate: answerDue,
      handover: { scope: 'province', word: '跨省', office: { code: '530102', name: '云南省昆明市五华区民政局' }, answerDue, answer: null },
    });
    const family = await familyView(id);
    const [month, day] = [Number(answerDue.slice(5, 7)), Number(answerDue.slice(8, 10))];
    expect(family.timeline.at(-1).label).toBe(`跨省通办：已转交户籍地（云南省昆明市五华区民政局）办理，户籍地应于${month}月${day}日前答复`);
    // Still the township's to follow up: in its queue, filtered by the new status too.
    const queue = await county.api.get('/api/staff/cases?status=handedOver', tokens.supervisor);
    expect(queue.body.cases.map((c: { id: string }) => c.id)).toContain(id);
  });

  it('the answer needs the hukou place’s reference; with it the case is theirs and a new application may start', async () => {
    const seen = await county.api.get(`/api/staff/cases/${id}`, tokens.supervisor);
    const bare = await act(id, { action: 'hukouAccept', expectedVersion: seen.body.version });
    expect(bare.status).toBe(400);
    expect(bare.body.fields['body.reference']).toContain('受理编号');
    const accepted = await act(id, { action: 'hukouAccept', expectedVersion: seen.body.version, reference: 'YN-WH-2026-0042' });
    expect(accepted.body).toMatchObject({ status: 'hukouAccepted', holder: null, handover: { answer: { accepted: true, reference: 'YN-WH-2026-0042' } } });
    expect((await familyView(id)).timeline.at(-1).label).toBe('户籍地（云南省昆明市五华区民政局）已受理，受理编号 YN-WH-2026-0042，后续由户籍地办理');
    const done = await county.api.post(`/api/staff/cases/${id}/transitions`, { action: 'hukouRefuse', expectedVersion: accepted.body.version, reason: '重复' }, tokens.supervisor);
    expect(done.status).toBe(409);
  });
});

describe('a hukou place in the same province, and no answer', () => {
  it('says 跨县, not 跨省; no answer by the due date marks it overdue; a refusal later needs its reason and ends the case', async () => {
    const { response } = await submitApplication(county.server, tokens.family!, {
      hukouRegion: '520122', hukouAddress: '贵州省贵阳市息烽县永靖镇阳朗村3组', residenceRegion: '520123001001', sequence: '721',
    });
    const id = response.body.id as string;
    expect(response.body.routing.reason).toMatch(/^跨县办理：/);
    expect(response.body.routing.reason).not.toContain('跨省');
    const sent = await act(id, { action: 'handOver', expectedVersion: response.body.version });
    expect(sent.body.handover).toMatchObject({ scope: 'county', word: '跨县', office: { code: '520122', name: '贵州省贵阳市息烽县民政局' } });
    const answerDue = sent.body.handover.answerDue as string;

    await markOverdueCases(county.server.deps, dayAfter(answerDue));
    const overdue = await familyView(id);
    expect(overdue).toMatchObject({ status: 'handedOver', overdue: true });
    expect(overdue.timeline.at(-1)).toMatchObject({ event: 'overdue', holder: { role: 'childSupervisor', region: { code: '520123001' } } });
    expect(overdue.timeline.at(-1).label).toMatch(/^户籍地（贵州省贵阳市息烽县民政局）未在\d+月\d+日前答复，已提醒上级督办$/);
    expect(overdue.timeline.map((entry: { label: string }) => entry.label).join()).not.toContain('跨省');

    const noReason = await act(id, { action: 'hukouRefuse', expectedVersion: sent.body.version });
    expect(noReason.body.code).toBe('REASON_REQUIRED');
    const refused = await act(id, { action: 'hukouRefuse', expectedVersion: sent.body.version, reason: '户籍地核查：母亲已恢复联系，不符合事实无人抚养条件' });
    expect(refused.body).toMatchObject({ status: 'hukouRefused', holder: null, handover: { answer: { accepted: false, reason: expect.stringContaining('恢复联系') } } });
    const family = await familyView(id);
    expect(family.statusLabel).toBe('户籍地未受理');
    expect(family.timeline.at(-1)).toMatchObject({ label: '户籍地（贵州省贵阳市息烽县民政局）未受理', reason: expect.stringContaining('恢复联系') });
  });
});

describe('an administrator opens a county for service at run time', () => {
  it('loads its villages without a restart, so a child there is then chosen down to its village; only within the admin’s scope', async () => {
    await createStaffAccount(county.server.deps, { username: 'admin52', password: 'Demo@2026', name: '省管理员', roles: ['admin'], regionScope: '52' });
    const countyAdmin = await signInStaff(county.server, 'admin');
    const outside = await county.api.post('/api/admin/regions/520122/open', {}, countyAdmin);
    expect(outside.status).toBe(403);

    const provinceAdmin = await signInStaff(county.server, 'admin52');
    expect((await county.api.get('/api/regions/520122/children')).body.children.every((t: { hasChildren: boolean }) => !t.hasChildren)).toBe(true);
    const opened = await county.api.post('/api/admin/regions/520122/open', {}, provinceAdmin);
    expect(opened.body).toMatchObject({ code: '520122', name: '息烽县', opened: true });
    expect(opened.body.villages).toBeGreaterThan(50);
    const townships = (await county.api.get('/api/regions/520122/children')).body.children;
    expect(townships.length).toBeGreaterThan(5);
    expect(townships.every((t: { hasChildren: boolean }) => t.hasChildren)).toBe(true);
    expect((await county.api.get(`/api/regions/${townships[0].code}/children`)).body.children[0]).toMatchObject({ level: 5, hasChildren: false });

    const again = await county.api.post('/api/admin/regions/520122/open', {}, provinceAdmin);
    expect(again.body).toMatchObject({ opened: false, villages: 0 });
    const county520122 = await putChild({ ...wuhua, hukouRegion: '520122', hukouAddress: '贵州省贵阳市息烽县永靖镇阳朗村3组' }, '731');
    expect(county520122.status).toBe(400);
    expect(county520122.body.fields['body.hukouRegion']).toContain('村（社区）');
  });
});
