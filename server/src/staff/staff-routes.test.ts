import { beforeAll, describe, expect, it } from 'vitest';
import { signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { createStaffAccount } from '../auth/create-staff-account';
import { auditLogModel } from '../audit/audit-log-model';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
const tokens: Record<string, string> = {};
const successor = { username: 'director01b', name: '赵新主任', password: 'Succeed2026' };

beforeAll(async () => {
  await createStaffAccount(county.server.deps, { username: 'nanming', password: 'Demo@2026', name: '南明区民政局', roles: ['countyOfficer'], regionScope: '520102' });
  tokens.family = await signInFamily(county.server, '13900000001');
  for (const username of ['admin', 'county', 'nanming', 'director02']) tokens[username] = await signInStaff(county.server, username);
}, 120_000);

const replace = (username: string, body: unknown, token: string | undefined) =>
  county.api.post(`/api/staff/accounts/${username}/successor`, body, token);

describe('a child director leaves and a successor takes the post', () => {
  it('moves the open cases to the successor, who sees and acts on them; the old account can no longer sign in', async () => {
    const director01 = await county.api.post('/api/auth/staff-login', { username: 'director01', password: 'Demo@2026' });
    const ids = [await startDraft(county.server, tokens.family!), await startDraft(county.server, tokens.family!)];
    const cases = [await submitDraft(county.server, tokens.family!, ids[0]!), await submitDraft(county.server, tokens.family!, ids[1]!)];
    expect(cases.map((c) => c.holder.name)).toEqual(['王秀英', '王秀英']);

    const replaced = await replace('director01', successor, tokens.county);
    expect(replaced.status).toBe(201);
    expect(replaced.body).toMatchObject({
      leaving: { username: 'director01', name: '王秀英' },
      successor: { name: '赵新主任', roles: ['childDirector'], regionScope: '520123103201' },
    });
    expect(replaced.body.movedCases).toBeGreaterThanOrEqual(2);

    const first = await signInStaff(county.server, 'director01b', successor.password);
    // The password was chosen by the county officer: the successor sets their own before anything else.
    expect((await county.api.get('/api/staff/cases', first)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await county.api.post('/api/staff/me/password', { currentPassword: successor.password, newPassword: 'MyOwn2026x' }, first);
    const newcomer = changed.body.accessToken as string;
    const queue = await county.api.get('/api/staff/cases', newcomer);
    expect(queue.body.cases.map((row: { id: string }) => row.id)).toEqual(expect.arrayContaining(ids));
    const seen = await county.api.get(`/api/staff/cases/${ids[0]}`, newcomer);
    expect(seen.body).toMatchObject({ holder: { name: '赵新主任' }, actions: ['verify', 'return', 'reject'], dueDate: cases[0].dueDate });
    expect(seen.body.timeline.at(-1)).toMatchObject({ event: 'reassigned', reason: '王秀英 已离岗，由 赵新主任 接替办理', actor: { roleName: '县民政局工作人员' } });
    const verified = await county.api.post(
      `/api/staff/cases/${ids[0]}/transitions`,
      { action: 'verify', expectedVersion: seen.body.version, notes: '新任儿童主任入户走访，情况属实' },
      newcomer,
    );
    expect(verified.status).toBe(200);
    expect(verified.body.timeline.at(-2).event).toBe('reassigned');

    const oldSignIn = await county.api.post('/api/auth/staff-login', { username: 'director01', password: 'Demo@2026' });
    expect(oldSignIn.status).toBe(403);
    expect(oldSignIn.body).toMatchObject({ code: 'ACCOUNT_DISABLED', message: expect.stringContaining('账号已停用') });
    // The access token issued before the replacement stops working at once, not when it expires.
    const oldToken = await county.api.get('/api/staff/cases', director01.body.accessToken);
    expect(oldToken.status).toBe(403);
    expect(oldToken.body.code).toBe('ACCOUNT_DISABLED');
    const oldRefresh = await county.api.post('/api/auth/refresh', { refreshToken: director01.body.refreshToken });
    expect(oldRefresh.status).toBe(401);
    expect(oldRefresh.body.code).toBe('REFRESH_TOKEN_INVALID');

    // New applications from the village go to the successor by name.
    const fresh = await submitDraft(county.server, tokens.family!, await startDraft(county.server, tokens.family!));
    expect(fresh.holder.name).toBe('赵新主任');

    const audit = await auditLogModel(county.server.deps.db).find({ action: 'staff.replace' }).lean();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({ leaving: 'director01', successor: 'director01b' });
  });

  it('a repeat of the same request finishes the first one and answers 200; another successor for the same post is refused', async () => {
    const again = await replace('director01', successor, tokens.county);
    expect(again.status).toBe(200);
    expect(again.body.successor.name).toBe('赵新主任');
    const other = await replace('director01', { ...successor, username: 'director01c' }, tokens.county);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('an admin replaces a township supervisor; the successor keeps the township', async () => {
    const res = await replace('supervisor103', { username: 'supervisor103b', name: '新督导员', password: 'Succeed2026' }, tokens.admin);
    expect(res.status).toBe(201);
    expect(res.body.successor).toMatchObject({ roles: ['childSupervisor'], regionScope: '520123103' });
  });
});

describe('who may replace staff', () => {
  it('refuses a county officer of another county, a director, a family and a signed-out caller', async () => {
    const outOfRegion = await replace('director03', { ...successor, username: 'director03b' }, tokens.nanming);
    // As for a user name nobody has: another county learns nothing of this county's staff.
    expect(outOfRegion.status).toBe(404);
    expect(outOfRegion.body.code).toBe('NOT_FOUND');
    expect((await replace('director03', { ...successor, username: 'director03b' }, tokens.director02)).body.code).toBe('FORBIDDEN');
    expect((await replace('director03', { ...successor, username: 'director03b' }, tokens.family)).status).toBe(403);
    expect((await replace('director03', { ...successor, username: 'director03b' }, undefined)).status).toBe(401);
    expect((await county.api.post('/api/auth/staff-login', { username: 'director03', password: 'Demo@2026' })).status).toBe(200);
  });

  it('a county officer cannot replace an admin, nor anyone with a username already in use, nor with a weak password', async () => {
    expect((await replace('admin', { ...successor, username: 'admin2' }, tokens.county)).body.code).toBe('FORBIDDEN');
    const taken = await replace('director04', { ...successor, username: 'director05' }, tokens.county);
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('USERNAME_TAKEN');
    const weak = await replace('director04', { ...successor, username: 'director04b', password: 'short' }, tokens.county);
    expect(weak.status).toBe(400);
    expect(weak.body.fields['body.password']).toBe('密码至少8位');
    expect((await replace('nobody', { ...successor, username: 'nobody2' }, tokens.county)).status).toBe(404);
    expect((await county.api.post('/api/auth/staff-login', { username: 'director04', password: 'Demo@2026' })).status).toBe(200);
  });
});
