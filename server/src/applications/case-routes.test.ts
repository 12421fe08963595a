import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION, loadParameterFiles, paymentStart, toIsoDate } from '@ccs/shared';
import { signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { createStaffAccount } from '../auth/create-staff-account';
import { parameterModel } from '../parameters/parameter-model';
import { auditLogModel } from '../audit/audit-log-model';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
const tokens: Record<string, string> = {};
let sequence = 100;

beforeAll(async () => {
  await createStaffAccount(county.server.deps, { username: 'nanming', password: 'Demo@2026', name: '南明区民政局', roles: ['countyOfficer'], regionScope: '520102' });
  tokens.family = await signInFamily(county.server, '13900000001');
  for (const username of ['director01', 'director02', 'supervisor103', 'county', 'nanming']) tokens[username] = await signInStaff(county.server, username);
}, 120_000);

const act = (id: string, who: string, body: Record<string, unknown>) => county.api.post(`/api/staff/cases/${id}/transitions`, body, tokens[who]);
const caseOf = (id: string, who: string) => county.api.get(`/api/staff/cases/${id}`, tokens[who]);
async function newCase() {
  sequence += 1;
  const { applicationId, childId, response } = await submitApplication(county.server, tokens.family!, { sequence: String(sequence) });
  expect(response.status).toBe(200);
  return { id: applicationId, childId, version: response.body.version as number };
}

describe('the review chain, village → township → county', () => {
  it('verifies, forwards and approves; the family reads "已批准，每月 700 元" with payment from next month', async () => {
    const { id, childId, version } = await newCase();
    const seen = await caseOf(id, 'director01');
    expect(seen.body).toMatchObject({ actions: ['verify', 'return', 'reject'], evaluation: { eligible: true } });
    expect(seen.body.evaluation.amountText).toBe('标准 1200 元 − 现领低保 500 元 = 每月 700 元');
    expect(seen.body.residentId).toMatch(/^520123\d{11}[\dX]$/);

    const verified = await act(id, 'director01', { action: 'verify', expectedVersion: version, notes: '入户走访：孩子由奶奶照料，父亲服刑属实。' });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ status: 'townshipReview', holder: { role: 'childSupervisor', region: { code: '520123103' } }, actions: [] });
    const forwarded = await act(id, 'supervisor103', { action: 'forward', expectedVersion: verified.body.version });
    expect(forwarded.body).toMatchObject({ status: 'countyApproval', holder: { role: 'countyOfficer', name: '修文县民政局 陈科长' } });
    const approved = await act(id, 'county', { action: 'approve', expectedVersion: forwarded.body.version });
    expect(approved.status).toBe(200);
    const from = paymentStart(toIsoDate(new Date()), '520123103201', loadParameterFiles());
    expect(approved.body.grant).toMatchObject({ monthly: 700, paymentFrom: from });
    expect(approved.body.grant.summary).toBe(`已批准，每月 700 元，自${from.slice(0, 4)}年${Number(from.slice(5, 7))}月起发放`);

    const family = await county.api.get(`/api/applications/${id}`, tokens.family);
    expect(family.body.status).toBe('approved');
    expect(family.body.timeline.map((step: { event: string }) => step.event)).toEqual(['submitted', 'verify', 'forward', 'approve']);
    expect(family.body.timeline[1]).toMatchObject({ actor: { name: '王秀英' }, notes: expect.stringContaining('入户走访'), holder: { roleName: '儿童督导员' } });
    expect(family.body.timeline[1].dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const file = await county.api.get(`/api/staff/children/${childId}`, tokens.director01);
    expect(file.body.grants).toEqual([expect.objectContaining({ monthly: 700, programmeName: '事实无人抚养儿童基本生活补贴' })]);
    expect(file.body.visits[0]).toMatchObject({ by: '王秀英', notes: expect.stringContaining('父亲服刑属实') });
    expect((await county.api.get(`/api/staff/children/${childId}`, tokens.director02)).body.code).toBe('NOT_FOUND');

    // A raise of the standard from next year never rewrites what was granted.
    await parameterModel(county.server.deps.db).updateOne(
      { _id: 'benefits.orphan_allowance.scattered_amount' },
      { $push: { values: { regionCode: '5201', effectiveFrom: '2099-01-01', value: 1500 } } },
    );
    expect((await county.api.get(`/api/applications/${id}`, tokens.family)).body.grant.monthly).toBe(700);
  });

  it('a return needs a reason; the family corrects and resubmits, and the case goes back to the stage that returned it', async () => {
    const { id, version } = await newCase();
    const verified = await act(id, 'director01', { action: 'verify', expectedVersion: version, notes: '已走访' });
    const noReason = await act(id, 'supervisor103', { action: 'return', expectedVersion: verified.body.version });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ code: 'REASON_REQUIRED', message: expect.stringContaining('写明原因') });
    const returned = await act(id, 'supervisor103', { action: 'return', expectedVersion: verified.body.version, reason: '请补拍父亲的服刑证明' });
    expect(returned.body).toMatchObject({ status: 'returned', holder: null });
    const family = await county.api.get(`/api/applications/${id}`, tokens.family);
    expect(family.body).toMatchObject({ status: 'returned', returnReason: '请补拍父亲的服刑证明', statusLabel: '需要补充材料' });

    const edited = await county.api.put(`/api/applications/${id}/facts`, { facts: { ...family.body.facts, assistanceMonthly: 450 } }, tokens.family);
    expect(edited.status).toBe(200);
    const resubmitted = await county.api.call('POST', `/api/applications/${id}/submit`, {
      token: tokens.family, headers: { 'idempotency-key': randomUUID() }, body: { consent: { version: CONSENT_VERSION, agreed: true } },
    });
    expect(resubmitted.body).toMatchObject({ status: 'townshipReview', holder: { role: 'childSupervisor' }, reference: family.body.reference });
    expect(resubmitted.body.timeline.at(-1)).toMatchObject({ event: 'resubmitted', label: '补充材料后重新提交' });
  });

  it('a grant paid every month is the child’s one: a second application is refused naming it; a one-off, once granted, allows another', async () => {
    const approve = async (id: string, version: number, amount?: number) => {
      const verified = await act(id, 'director01', { action: 'verify', expectedVersion: version, notes: '入户走访属实' });
      const forwarded = await act(id, 'supervisor103', { action: 'forward', expectedVersion: verified.body.version });
      const approved = await act(id, 'county', { action: 'approve', expectedVersion: forwarded.body.version, ...(amount ? { amount } : {}) });
      expect(approved.body.status).toBe('approved');
      return approved.body;
    };
    const { id, childId, version } = await newCase();
    const granted = await approve(id, version);
    const second = await county.api.post('/api/applications', { childId, programme: 'deFactoUnsupportedAllowance', facts: {} }, tokens.family);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'APPLICATION_EXISTS', data: { applicationId: id } });
    expect(second.body.message).toContain(`编号 ${granted.reference}，已批准，每月 700 元`);
    expect(second.body.message).not.toMatch(/[{}]/);

    const help = { childId, programme: 'temporaryAssistance', facts: { suddenHardship: true } };
    const first = await county.api.post('/api/applications', help, tokens.family);
    const submitted = await county.api.call('POST', `/api/applications/${first.body.id}/submit`, {
      token: tokens.family, headers: { 'idempotency-key': randomUUID() }, body: { consent: { version: CONSENT_VERSION, agreed: true } },
    });
    const oneOff = await approve(first.body.id, submitted.body.version, 800);
    expect(oneOff.grant).toMatchObject({ once: 800 });
    expect((await county.api.post('/api/applications', help, tokens.family)).status).toBe(201);
  });

  it('a rejection with its reason ends the case and lets the family apply again later', async () => {
    const { id, version } = await newCase();
    const rejected = await act(id, 'director01', { action: 'reject', expectedVersion: version, reason: '经核实母亲在家照料孩子' });
    expect(rejected.body.status).toBe('rejected');
    const fresh = await county.api.get(`/api/applications/${id}`, tokens.family);
    const again = await county.api.post('/api/applications', { childId: fresh.body.child.id, programme: 'deFactoUnsupportedAllowance' }, tokens.family);
    expect(again.status).toBe(201);
    expect((await act(id, 'director01', { action: 'verify', expectedVersion: rejected.body.version, notes: 'x' })).body.code).toBe('INVALID_TRANSITION');
  });
});

describe('refusals', () => {
  it('wrong role, wrong region, wrong state, not the holder, stale version, missing notes', async () => {
    const { id, version } = await newCase();
    expect((await county.api.get('/api/staff/cases', tokens.family)).status).toBe(403);
    expect((await act(id, 'nanming', { action: 'verify', expectedVersion: version, notes: 'x' })).body.code).toBe('NOT_FOUND');
    expect((await caseOf(id, 'director02')).body.code).toBe('NOT_FOUND');
    expect((await act(id, 'director01', { action: 'approve', expectedVersion: version })).body.code).toBe('INVALID_TRANSITION');
    const notHolder = await act(id, 'supervisor103', { action: 'verify', expectedVersion: version, notes: 'x' });
    expect(notHolder.status).toBe(403);
    expect((await act(id, 'director01', { action: 'verify', expectedVersion: version })).body.code).toBe('NOTES_REQUIRED');
    expect((await act(id, 'director01', { action: 'verify', expectedVersion: version + 5, notes: 'x' })).body.code).toBe('STALE_VERSION');
    const bad = await act(id, 'director01', { action: 'fly', expectedVersion: version });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('two staff acting at once: exactly one succeeds, the other is told plainly (409)', async () => {
    const { id, version } = await newCase();
    const results = await Promise.all([
      act(id, 'director01', { action: 'verify', expectedVersion: version, notes: '走访一' }),
      act(id, 'director01', { action: 'return', expectedVersion: version, reason: '请补户口簿' }),
      act(id, 'director01', { action: 'reject', expectedVersion: version, reason: '不符合' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body).toMatchObject({ code: 'STALE_VERSION', message: expect.stringContaining('刚刚被其他人处理过') });
    const family = await county.api.get(`/api/applications/${id}`, tokens.family);
    expect(family.body.timeline).toHaveLength(2);
  });
});

describe('retries on a weak network', () => {
  it('a staff action retried with the same Idempotency-Key returns the first result instead of a 409', async () => {
    const { id, version } = await newCase();
    const key = randomUUID();
    const verify = () =>
      county.api.call('POST', `/api/staff/cases/${id}/transitions`, {
        token: tokens.director01, headers: { 'idempotency-key': key }, body: { action: 'verify', expectedVersion: version, notes: '已走访' },
      });
    const first = await verify();
    const retry = await verify();
    expect([first.status, retry.status]).toEqual([200, 200]);
    expect(retry.body).toMatchObject({ status: 'townshipReview', version: first.body.version });
    expect(retry.body.timeline).toHaveLength(2);
  });

  it('a staff action with a malformed Idempotency-Key is refused with a field error and changes nothing', async () => {
    const { id, version } = await newCase();
    const sent = await county.api.call('POST', `/api/staff/cases/${id}/transitions`, {
      token: tokens.director01, headers: { 'idempotency-key': 'short' }, body: { action: 'verify', expectedVersion: version, notes: '已走访' },
    });
    expect(sent.status).toBe(400);
    expect(sent.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: { 'headers.idempotency-key': expect.stringContaining('请求编号') } });
    expect((await caseOf(id, 'director01')).body).toMatchObject({ status: 'villageVerification', version });
  });
});

describe('the queue', () => {
  it('shows each post its own cases, due first, filtered by status and programme', async () => {
    await newCase();
    await newCase();
    const mine = await county.api.get('/api/staff/cases?pageSize=100', tokens.director01);
    expect(mine.status).toBe(200);
    const dues = mine.body.cases.map((c: { dueDate: string }) => c.dueDate);
    expect(dues).toEqual([...dues].sort());
    expect(mine.body.cases.every((c: { status: string }) => c.status === 'villageVerification')).toBe(true);
    expect(mine.body.cases.find((c: { childName: string }) => c.childName === '小明')).toMatchObject({ childName: '小明', programmeName: '事实无人抚养儿童基本生活补贴', missingDocumentCount: 4 });
    expect((await county.api.get('/api/staff/cases', tokens.director02)).body.total).toBe(0);
    const filtered = await county.api.get('/api/staff/cases?programme=orphanAllowance', tokens.director01);
    expect(filtered.body.total).toBe(0);
    const paged = await county.api.get('/api/staff/cases?pageSize=1&page=2', tokens.director01);
    expect(paged.body).toMatchObject({ page: 2, pageSize: 1, total: mine.body.total });
    expect(paged.body.cases).toHaveLength(1);
  });
});

describe('who applied, on the case page (issue 17 item 9)', () => {
  it('names the applicant, their phone and relation to the child for the director, the look audited; another village’s director gets 404', async () => {
    const { id } = await newCase();
    const seen = await caseOf(id, 'director01');
    expect(seen.status).toBe(200);
    expect(seen.body.applicant).toEqual({ name: '张桂兰', phone: '13900000001', relation: '祖父母或外祖父母' });
    const looks = await auditLogModel(county.server.deps.db).find({ action: 'case.view' }).lean();
    expect(looks.filter((entry) => entry.target.id === id && entry.actor.roles.includes('childDirector'))).toHaveLength(1);

    const elsewhere = await caseOf(id, 'director02');
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body).not.toHaveProperty('applicant');
  });
});

describe('a county with no allowance figures', () => {
  it('shows the case with the standard said to be not entered yet, and refuses approval plainly instead of a 500', async () => {
    const name = 'benefits.orphan_allowance.scattered_amount';
    const parameters = parameterModel(county.server.deps.db);
    const stored = (await parameters.findById(name).lean())!;
    const { id, version } = await newCase();
    // Only another city has the figure, as for a county whose bureau has not entered its standard yet.
    await parameters.updateOne({ _id: name }, { $set: { values: [{ regionCode: '5202', effectiveFrom: '2022-01-01', value: 1200 }] } });
    try {
      const seen = await caseOf(id, 'director01');
      expect(seen.status).toBe(200);
      expect(seen.body.evaluation).toMatchObject({ eligible: true, amountText: expect.stringContaining('本县标准尚未录入系统') });

      const verified = await act(id, 'director01', { action: 'verify', expectedVersion: version, notes: '已走访' });
      expect(verified.status).toBe(200);
      const forwarded = await act(id, 'supervisor103', { action: 'forward', expectedVersion: verified.body.version });
      const approved = await act(id, 'county', { action: 'approve', expectedVersion: forwarded.body.version });
      expect(approved.status).toBe(409);
      expect(approved.body).toMatchObject({ code: 'STANDARD_NOT_ENTERED', message: expect.stringContaining('标准') });
    } finally {
      await parameters.updateOne({ _id: name }, { $set: { values: stored.values } });
    }
  });
});
