import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '@ccs/shared';
import { deFactoFacts, residentIdFor, signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { accountModel } from '../auth/account-model';
import { applicationModel } from './application-model';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
let wang: string;
let zhang: string;

beforeAll(async () => {
  [wang, zhang] = await Promise.all([signInFamily(county.server, '13900000001'), signInFamily(county.server, '13900000002')]);
}, 120_000);

const consent = { consent: { version: CONSENT_VERSION, agreed: true } };
const child = (residentId: string, hukouRegion = '520123103201') => ({ name: '小红', residentId, hukouRegion, relation: 'mother' });
const submit = (id: string, key: string, token: string) =>
  county.api.call('POST', `/api/applications/${id}/submit`, { token, headers: { 'idempotency-key': key }, body: consent });

describe('a family adds a child', () => {
  it('adds once under the app-made id; a retry is answered 200 with the same child', async () => {
    const id = randomUUID();
    const first = await county.api.call('PUT', `/api/children/${id}`, { token: wang, body: child(residentIdFor('2016-02-29', '222')) });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id, birthDate: '2016-02-29', sex: 'female', maskedResidentId: '5201**********' + first.body.maskedResidentId.slice(-4) });
    expect(first.body.hukouRegion.name).toBe('六广村');
    const again = await county.api.call('PUT', `/api/children/${id}`, { token: wang, body: child(residentIdFor('2016-02-29', '222')) });
    expect(again.status).toBe(200);
    const list = await county.api.get('/api/children', wang);
    expect(list.body.children.filter((c: { id: string }) => c.id === id)).toHaveLength(1);
  });

  it('refuses the same ID number under a second id, naming the child already added', async () => {
    const id = randomUUID();
    const residentId = residentIdFor('2014-03-03', '333');
    await county.api.call('PUT', `/api/children/${id}`, { token: wang, body: child(residentId) });
    const twin = await county.api.call('PUT', `/api/children/${randomUUID()}`, { token: wang, body: child(residentId) });
    expect(twin.status).toBe(409);
    expect(twin.body).toMatchObject({ code: 'CHILD_EXISTS', data: { childId: id } });
    expect(twin.body.message).toContain('已经添加过');
  });

  it('explains a wrong check digit in Chinese, and an unknown village', async () => {
    const good = residentIdFor('2015-01-01');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await county.api.call('PUT', `/api/children/${randomUUID()}`, { token: wang, body: child(bad) });
    expect(res.status).toBe(400);
    expect(res.body.fields['body.residentId']).toContain('校验码');
    const nowhere = await county.api.call('PUT', `/api/children/${randomUUID()}`, { token: wang, body: child(good, '520123999999') });
    expect(nowhere.status).toBe(404);
    expect(nowhere.body.code).toBe('REGION_NOT_FOUND');
  });

  it('never shows one family another family’s children, and refuses staff', async () => {
    const list = await county.api.get('/api/children', zhang);
    expect(list.body.children).toEqual([]);
    const staff = await signInStaff(county.server, 'director01');
    expect((await county.api.get('/api/children', staff)).status).toBe(403);
  });
});

describe('drafts and submission', () => {
  it('resumes the same draft on another device, saves answers, and submits with missing documents listed', async () => {
    const childId = randomUUID();
    await county.api.call('PUT', `/api/children/${childId}`, { token: wang, body: child(residentIdFor('2013-05-05', '555')) });
    const draft = await county.api.post('/api/applications', { childId, programme: 'deFactoUnsupportedAllowance' }, wang);
    expect(draft.status).toBe(201);
    expect(draft.body.facts).toMatchObject({ birthDate: '2013-05-05', hukouRegion: '520123103201' });
    const resumed = await county.api.post('/api/applications', { childId, programme: 'deFactoUnsupportedAllowance' }, wang);
    expect(resumed.status).toBe(200);
    expect(resumed.body.id).toBe(draft.body.id);

    const saved = await county.api.put(`/api/applications/${draft.body.id}/facts`, { facts: deFactoFacts }, wang);
    expect(saved.body.facts).toMatchObject({ father: 'imprisoned', assistanceMonthly: 500, birthDate: '2013-05-05' });

    expect((await county.api.post(`/api/applications/${draft.body.id}/submit`, consent, wang)).body.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    const key = randomUUID();
    const submitted = await submit(draft.body.id, key, wang);
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({
      status: 'villageVerification',
      holder: { role: 'childDirector', name: '王秀英', region: { name: '六广村' } },
      dueProvisional: false,
    });
    expect(submitted.body.reference).toMatch(/^520123-\d{4}-\d{6}$/);
    expect(submitted.body.requiredDocuments.map((d: { label: string }) => d.label)).toEqual([
      '户口簿',
      '父亲：判决书或服刑证明',
      '母亲：公安机关出具的报警回执或查找不到下落的证明',
      '低保或特困供养证明（写明孩子每月领取的金额）',
    ]);
    expect(submitted.body.requiredDocuments.every((d: { provided: boolean }) => !d.provided)).toBe(true);

    const repeated = await submit(draft.body.id, key, wang);
    expect(repeated.status).toBe(200);
    expect(repeated.body).toMatchObject({ reference: submitted.body.reference, version: submitted.body.version });
    expect(repeated.body.timeline).toHaveLength(1);

    const otherKey = await submit(draft.body.id, randomUUID(), wang);
    expect(otherKey.status).toBe(409);
    expect(otherKey.body.code).toBe('APPLICATION_NOT_EDITABLE');
    const edit = await county.api.put(`/api/applications/${draft.body.id}/facts`, { facts: deFactoFacts }, wang);
    expect(edit.body.code).toBe('APPLICATION_NOT_EDITABLE');

    const second = await county.api.post('/api/applications', { childId, programme: 'deFactoUnsupportedAllowance' }, wang);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'APPLICATION_EXISTS', data: { applicationId: draft.body.id } });
    expect(second.body.message).toContain(`编号 ${submitted.body.reference}，村（居）儿童主任核实中`);
    const otherProgramme = await county.api.post('/api/applications', { childId, programme: 'specialHardshipGrant' }, wang);
    expect(otherProgramme.status).toBe(201);
  });

  it('three retries of one submission at once make one case with one reference', async () => {
    const childId = randomUUID();
    await county.api.call('PUT', `/api/children/${childId}`, { token: wang, body: child(residentIdFor('2012-07-07', '777')) });
    const draft = await county.api.post('/api/applications', { childId, programme: 'deFactoUnsupportedAllowance', facts: deFactoFacts }, wang);
    const key = randomUUID();
    const results = await Promise.all([submit(draft.body.id, key, wang), submit(draft.body.id, key, wang), submit(draft.body.id, key, wang)]);
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(results.map((r) => r.body.reference)).size).toBe(1);
    const stored = await applicationModel(county.server.deps.db).findById(draft.body.id).lean();
    expect(stored!.history).toHaveLength(1);
  });

  it('the database itself refuses a second open application of a child and programme', async () => {
    const existing = await applicationModel(county.server.deps.db).findOne({ status: 'villageVerification' }).lean();
    const twin = { ...existing!, _id: undefined, reference: null };
    await expect(applicationModel(county.server.deps.db).create(twin)).rejects.toMatchObject({ code: 11000 });
  });

  it('another family can neither read nor submit it', async () => {
    const { applicationId } = await submitApplication(county.server, wang, { sequence: '888' });
    expect((await county.api.get(`/api/applications/${applicationId}`, zhang)).status).toBe(404);
    expect((await submit(applicationId, randomUUID(), zhang)).status).toBe(404);
    expect((await county.api.get(`/api/applications/${applicationId}`, wang)).status).toBe(200);
  });
});

describe('routing', () => {
  it('a village with no child director (龙窝村) goes to the township supervisor, and says why', async () => {
    const { response } = await submitApplication(county.server, zhang, { hukouRegion: '520123103216', sequence: '216' });
    expect(response.body.holder).toMatchObject({ role: 'childSupervisor', region: { code: '520123103' } });
    expect(response.body.routing.reason).toContain('暂无儿童主任');
    const supervisor = await signInStaff(county.server, 'supervisor103');
    const queue = await county.api.get('/api/staff/cases', supervisor);
    expect(queue.body.cases.map((c: { id: string }) => c.id)).toContain(response.body.id);
  });

  it('rehabilitation goes to the residence village, the orphan allowance to the hukou village', async () => {
    const facts = { disability: { kind: 'hearing', grade: 2 } } as const;
    const rehab = await submitApplication(county.server, zhang, {
      programme: 'childRehabilitation', hukouRegion: '520123103216', residenceRegion: '520123103204', birthDate: '2022-01-01', facts, sequence: '301',
    });
    expect(rehab.response.body.routing).toMatchObject({ place: 'residence', region: { code: '520123103204' } });
    expect(rehab.response.body.holder.name).toBe('李春梅');
    expect(rehab.response.body.routing.source).toContain('002_3af6e7b58dbd6ae5.txt');
  });

  it('a hukou place this service does not cover is received by the residence township and handed over within 3 working days', async () => {
    // No post serves 龙窝村 once its township supervisor has left: the hukou place is then outside the service.
    await accountModel(county.server.deps.db).updateOne({ regionScope: '520123103', roles: 'childSupervisor' }, { $set: { regionScope: 'gone' } });
    try {
      const { response } = await submitApplication(county.server, zhang, { hukouRegion: '520123103216', residenceRegion: '520123001001', sequence: '401' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'crossRegionHandover', routing: { crossRegion: true }, holder: { role: 'childSupervisor', region: { code: '520123001' } } });
      expect(response.body.routing.reason).toContain('一次性告知');
    } finally {
      await accountModel(county.server.deps.db).updateOne({ regionScope: 'gone' }, { $set: { regionScope: '520123103' } });
    }
  });
});
