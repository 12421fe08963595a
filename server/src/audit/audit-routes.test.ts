import { beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '@ccs/shared';
import { createStaffAccount } from '../auth/create-staff-account';
import { residentIdFor, signInFamily, signInStaff, submitApplication } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { auditLogModel } from './audit-log-model';

const county = seededCountySuite();
const tokens: Record<string, string> = {};
const residentId = residentIdFor('2015-06-01', '871');
let applicationId = '';

const search = (query: string, token = tokens.county) => county.api.get(`/api/audit?${query}`, token);

beforeAll(async () => {
  await createStaffAccount(county.server.deps, { username: 'nanming', password: 'Demo@2026', name: '南明区民政局', roles: ['countyOfficer'], regionScope: '520102' });
  tokens.family = await signInFamily(county.server, '13900000071');
  for (const username of ['county', 'nanming', 'director01', 'supervisor103']) tokens[username] = await signInStaff(county.server, username);
  ({ applicationId } = await submitApplication(county.server, tokens.family, { sequence: '871' }));
  expect((await county.api.get(`/api/staff/cases/${applicationId}`, tokens.director01)).status).toBe(200);
}, 120_000);

describe('the county officer searches the audit log of the county', () => {
  it('finds the director’s look at the case: who, when, what, which child, from which address', async () => {
    const res = await search(`action=case.view&targetKind=application&targetId=${applicationId}`);
    expect(res.status).toBe(200);
    expect(res.body.entries).toHaveLength(1);
    expect(res.body.entries[0]).toMatchObject({
      action: 'case.view',
      actionLabel: '查看案件',
      actor: { name: '王秀英', roles: ['childDirector'], roleNames: ['儿童主任'], identifier: null },
      target: { kind: 'application', kindLabel: '申请', id: applicationId },
      reference: expect.any(String),
      childNames: ['小明'],
      regionCodes: ['520123103201'],
      ip: expect.stringMatching(/127\.0\.0\.1/),
    });
  });

  it('finds everything about one child by the ID number, newest first, and pages through it', async () => {
    const all = await search(`childResidentId=${residentId}&pageSize=100`);
    expect(all.body.entries.map((entry: { action: string }) => entry.action)).toEqual([
      'case.view',
      'application.submit',
      'application.start',
      'child.save',
    ]);
    expect(all.body.entries.map((entry: { actor: { roleNames: string[] } }) => entry.actor.roleNames[0])).toEqual(['儿童主任', '家长/监护人', '家长/监护人', '家长/监护人']);
    const first = await search(`childResidentId=${residentId}&pageSize=3`);
    expect(first.body).toMatchObject({ page: 1, nextPage: 2 });
    const second = await search(`childResidentId=${residentId}&pageSize=3&page=2`);
    expect(second.body.entries.map((entry: { action: string }) => entry.action)).toEqual(['child.save']);
    expect(second.body.nextPage).toBeNull();
  });

  it('filters by day and by who acted', async () => {
    const today = toIsoDate(new Date());
    const director = (await search(`action=case.view&targetId=${applicationId}`)).body.entries[0].actor.accountId;
    const byActor = await search(`actorAccountId=${director}&from=${today}&to=${today}`);
    expect(byActor.body.entries.length).toBeGreaterThan(0);
    expect(byActor.body.entries.every((entry: { actor: { accountId: string } }) => entry.actor.accountId === director)).toBe(true);
    expect((await search(`targetId=${applicationId}&to=2020-01-01`)).body.entries).toEqual([]);
    const backwards = await search(`from=${today}&to=2020-01-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields['query.to']).toBe('开始日期不能晚于结束日期');
  });

  it('records a wrong password without a name on the account tried; the county sees it', async () => {
    expect((await county.api.post('/api/auth/staff-login', { username: 'director01', password: 'wrong-password' })).status).toBe(401);
    const res = await search('action=auth.signInFailed');
    expect(res.body.entries[0]).toMatchObject({
      actionLabel: '登录失败',
      actor: { accountId: null, name: null, roles: [], identifier: 'di***01' },
      target: { kind: 'account' },
      regionCodes: ['520123103201'],
    });
  });

  it('refuses a director, a township supervisor, a family and a signed-out caller; another county finds nothing of this one', async () => {
    for (const who of ['director01', 'supervisor103', 'family']) {
      const res = await search('', tokens[who]);
      expect(res.status, who).toBe(403);
    }
    expect((await county.api.get('/api/audit')).status).toBe(401);
    const other = await search(`targetId=${applicationId}`, tokens.nanming);
    expect(other.status).toBe(200);
    expect(other.body.entries).toEqual([]);
    const all = await search('pageSize=100', tokens.nanming);
    expect(all.body.entries.every((entry: { regionCodes: string[] }) => entry.regionCodes.some((code) => code.startsWith('520102')))).toBe(true);
  });

  it('keeps the searches themselves, and no ID number or phone number in the log', async () => {
    expect((await search('pageSize=100')).body.entries.some((entry: { action: string }) => entry.action === 'audit.search')).toBe(false);
    const searches = await search('action=audit.search');
    expect(searches.body.entries[0]).toMatchObject({ actionLabel: '查询操作记录', actor: { name: '修文县民政局 陈科长' }, target: { kind: 'auditLog', id: '520123' } });
    const log = await auditLogModel(county.server.deps.db).find().lean();
    expect(log.filter((entry) => entry.action === 'audit.search').length).toBeGreaterThan(5);
    const raw = JSON.stringify(log);
    expect(raw).not.toContain(residentId);
    expect(raw).not.toContain('13900000071');
  });
});
