import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { auditLogModel } from '../audit/audit-log-model';
import { createStaffAccount } from '../auth/create-staff-account';

const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  await createStaffAccount(county.server.deps, { username: 'nanming-admin', password: 'Demo@2026', name: '南明区管理员', roles: ['admin'], regionScope: '520102' });
  for (const username of ['admin', 'county', 'nanming-admin']) tokens[username] = await signInStaff(county.server, username);
}, 120_000);

const api = () => county.api;
const edit = (path: string, body: unknown, token?: string) => county.api.put(path, body, token);
const login = (username: string, password: string) => county.api.post('/api/auth/staff-login', { username, password });
const newDirector = { username: 'longwo', name: '龙窝新主任', phone: '13700000001', role: 'childDirector', regionCode: '520123103216' };

describe('an administrator adds a staff member, who must set their own password at first sign-in', () => {
  let initialPassword = '';

  it('creates the account with a one-time password shown once, and lists it with the region’s staff', async () => {
    const created = await api().post('/api/staff/accounts', newDirector, tokens.admin);
    expect(created.status).toBe(201);
    expect(created.body.account).toMatchObject({ username: 'longwo', name: '龙窝新主任', phone: '13700000001', role: 'childDirector', regionName: '龙窝村', status: 'active', passwordChangeRequired: true });
    initialPassword = created.body.initialPassword;
    expect(initialPassword).toMatch(/^[a-z]{6}\d{4}$/);
    const list = await api().get('/api/staff/accounts?role=childDirector&q=龙窝', tokens.admin);
    expect(list.body.accounts.map((row: { username: string }) => row.username)).toEqual(['longwo']);
    const everyone = await api().get('/api/staff/accounts', tokens.admin);
    expect(everyone.body.accounts.every((row: { regionCode: string }) => row.regionCode.startsWith('520123'))).toBe(true);
  });

  it('refuses each wrong request with its own code and a Chinese message', async () => {
    const refusals = [
      [{ ...newDirector, username: 'dd2', phone: '13700000002', regionCode: '520123103' }, 422, 'STAFF_POST_NOT_ALLOWED', '儿童主任只能设在村（社区）'],
      [{ ...newDirector, username: 'dd3', phone: '13700000003', regionCode: '520102001001' }, 422, 'STAFF_POST_NOT_ALLOWED', '不在您管理的地区'],
      [{ ...newDirector, username: 'dd4', phone: '13700000004', role: 'admin', regionCode: '5201' }, 422, 'STAFF_POST_NOT_ALLOWED', '不在您管理的地区'],
      [{ ...newDirector, username: 'dd5', phone: '13700000005', regionCode: '520123103999' }, 422, 'STAFF_REGION_UNKNOWN', '没有找到这个地区'],
      [{ ...newDirector, username: 'director01', phone: '13700000006' }, 409, 'USERNAME_TAKEN', '用户名已经有人用了'],
      [{ ...newDirector, username: 'dd7' }, 409, 'STAFF_PHONE_TAKEN', '手机号已经是另一位工作人员'],
      [{ ...newDirector, username: 'dd8', phone: '1234' }, 400, 'VALIDATION_FAILED', '填写的内容有误'],
    ] as const;
    for (const [body, status, code, message] of refusals) {
      const res = await api().post('/api/staff/accounts', body, tokens.admin);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(res.body.message).toContain(message);
    }
    // Nothing of the refused ones was kept: their names and phones are still free.
    expect((await api().get('/api/staff/accounts?q=dd', tokens.admin)).body.accounts.filter((row: { username: string }) => /^dd\d$/.test(row.username))).toEqual([]);
    // A county officer approves and pays; accounts are the administrator's.
    expect((await api().post('/api/staff/accounts', { ...newDirector, username: 'dd9', phone: '13700000009' }, tokens.county)).status).toBe(403);
    // Another county's administrator does not see this county's staff, and is told it does not exist.
    const elsewhere = await edit('/api/staff/accounts/longwo', { name: '改名' }, tokens['nanming-admin']);
    expect({ status: elsewhere.status, code: elsewhere.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    expect((await api().post('/api/staff/accounts/longwo/password-reset', undefined, tokens['nanming-admin'])).status).toBe(404);
  });

  it('the first sign-in may only change the password; the new one works, the old session ends', async () => {
    const first = await login('longwo', initialPassword);
    expect(first.status).toBe(200);
    expect(first.body.account.passwordChangeRequired).toBe(true);
    const blocked = await api().get('/api/staff/cases', first.body.accessToken);
    expect({ status: blocked.status, code: blocked.body.code }).toEqual({ status: 403, code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(blocked.body.message).toContain('请先设置您自己的新密码');
    expect((await api().get('/api/staff/me', first.body.accessToken)).status).toBe(200);

    const change = (body: unknown) => api().post('/api/staff/me/password', body, first.body.accessToken);
    const wrong = await change({ currentPassword: 'not-it-1234', newPassword: 'Longwo2026' });
    expect({ status: wrong.status, code: wrong.body.code }).toEqual({ status: 400, code: 'CURRENT_PASSWORD_WRONG' });
    const weak = await change({ currentPassword: initialPassword, newPassword: 'longwocun' });
    expect(weak.body.fields).toEqual({ 'body.newPassword': '密码要同时包含字母和数字' });
    const same = await change({ currentPassword: initialPassword, newPassword: initialPassword });
    expect(same.body.fields).toEqual({ 'body.newPassword': '新密码不能和原密码一样' });

    const changed = await change({ currentPassword: initialPassword, newPassword: 'Longwo2026' });
    expect(changed.status).toBe(200);
    expect(changed.body.account.passwordChangeRequired).toBeUndefined();
    expect((await api().get('/api/staff/cases', changed.body.accessToken)).status).toBe(200);
    expect((await api().get('/api/staff/me', first.body.accessToken)).status).toBe(401);
    expect((await login('longwo', initialPassword)).body.code).toBe('CREDENTIALS_INVALID');
    expect((await login('longwo', 'Longwo2026')).body.account.passwordChangeRequired).toBeUndefined();
    const listed = await api().get('/api/staff/accounts?q=longwo', tokens.admin);
    expect(listed.body.accounts[0].passwordChangeRequired).toBe(false);
  });

  it('a reset gives a new one-time password and ends every session of the account at once', async () => {
    const session = await login('longwo', 'Longwo2026');
    const reset = await api().post('/api/staff/accounts/longwo/password-reset', undefined, tokens.admin);
    expect(reset.status).toBe(200);
    expect(reset.body.account.passwordChangeRequired).toBe(true);
    const old = await api().get('/api/staff/cases', session.body.accessToken);
    expect({ status: old.status, code: old.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await api().post('/api/auth/refresh', { refreshToken: session.body.refreshToken })).status).toBe(401);
    expect((await login('longwo', 'Longwo2026')).body.code).toBe('CREDENTIALS_INVALID');
    const again = await login('longwo', reset.body.initialPassword);
    expect(again.body.account.passwordChangeRequired).toBe(true);
    const self = await api().post('/api/staff/accounts/admin/password-reset', undefined, tokens.admin);
    expect({ status: self.status, code: self.body.code }).toEqual({ status: 403, code: 'STAFF_SELF_CHANGE' });
  });

  it('edits, disables and re-enables; a member holding open cases is neither disabled nor moved, so no case is orphaned', async () => {
    const edited = await edit('/api/staff/accounts/longwo', { name: '龙窝村儿童主任', phone: '13700000011' }, tokens.admin);
    expect(edited.body).toMatchObject({ name: '龙窝村儿童主任', phone: '13700000011' });
    // The old number is free again, the new one taken.
    expect((await api().post('/api/staff/accounts', { ...newDirector, username: 'reuse-phone', regionCode: '520123104201' }, tokens.admin)).status).toBe(201);
    expect((await edit('/api/staff/accounts/reuse-phone', { phone: '13700000011' }, tokens.admin)).body.code).toBe('STAFF_PHONE_TAKEN');
    expect((await edit('/api/staff/accounts/longwo', { role: 'childSupervisor' }, tokens.admin)).body.code).toBe('STAFF_POST_NOT_ALLOWED');

    const family = await signInFamily(county.server, '13900000001');
    await submitDraft(county.server, family, await startDraft(county.server, family));
    const holding = await api().post('/api/staff/accounts/director01/disable', undefined, tokens.admin);
    expect({ status: holding.status, code: holding.body.code }).toEqual({ status: 409, code: 'STAFF_HOLDS_CASES' });
    expect(holding.body.message).toMatch(/王秀英手上还有\d+件没办完的申请.*离岗交接/);
    expect((await edit('/api/staff/accounts/director01', { regionCode: '520123103204' }, tokens.admin)).body.code).toBe('STAFF_HOLDS_CASES');

    const session = await login('director02', 'Demo@2026');
    const moved = await edit('/api/staff/accounts/reuse-phone', { regionCode: '520123104205' }, tokens.admin);
    expect(moved.body).toMatchObject({ regionCode: '520123104205', regionName: '长田村' });
    const disabled = await api().post('/api/staff/accounts/longwo/disable', undefined, tokens.admin);
    expect(disabled.body.status).toBe('disabled');
    expect((await login('longwo', 'anything-1')).status).toBe(401);
    expect((await api().get('/api/staff/accounts?status=disabled', tokens.admin)).body.accounts.map((row: { username: string }) => row.username)).toContain('longwo');
    const enabled = await api().post('/api/staff/accounts/longwo/enable', undefined, tokens.admin);
    expect(enabled.body.status).toBe('active');
    expect(session.status).toBe(200);

    const actions = (await auditLogModel(county.server.deps.db).find({ action: /^staff\.|^account\.password/ }, { action: 1 }).lean()).map((entry) => entry.action);
    expect(new Set(actions)).toEqual(new Set(['staff.create', 'account.passwordChange', 'staff.passwordReset', 'staff.edit', 'staff.disable', 'staff.enable']));
  });
});

async function roster(rows: string[][], headers = ['姓名', '手机号', '岗位/角色', '村/乡镇/县', '用户名']): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('花名册');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(file: Buffer, token = tokens.admin, name = 'roster.xlsx') {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(file)]), name);
  const res = await fetch(`${county.server.baseUrl}/api/staff/account-imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: await res.json() };
}

const goodRows = [
  ['都堡村主任', '13600000001', '儿童主任', '六屯镇都堡村', 'dubao'],
  ['大木村主任', '13600000002', '儿童主任', '520123104213', 'damu'],
  ['六屯镇督导员', '13600000003', '儿童督导员', '六屯镇', 'liutun-sup'],
];

describe('an administrator imports a roster all or nothing', () => {
  it('downloads the template with the columns the import reads', async () => {
    const res = await fetch(`${county.server.baseUrl}/api/staff/accounts/template`, { headers: { authorization: `Bearer ${tokens.admin}` } });
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.arrayBuffer()) as never);
    expect(book.worksheets[0]!.getRow(1).values).toEqual([undefined, '姓名', '手机号', '岗位/角色', '村/乡镇/县', '用户名']);
  });

  it('a file with two bad rows writes nothing and names each row and column', async () => {
    const file = await roster([...goodRows, ['龙窝村主任', '13600000004', '儿童主任', '大兴村', 'dubao'], ['', '123', '村长', '520123104', 'x']]);
    const report = await upload(file);
    expect(report.status).toBe(200);
    expect(report.body.status).toBe('refused');
    const problems = report.body.rows.filter((row: { problems: unknown[] }) => row.problems.length > 0);
    expect(problems.map((row: { row: number }) => row.row)).toEqual([5, 6]);
    expect(problems[0].problems).toEqual([
      { column: '村/乡镇/县', message: '有几个地方都叫“大兴村”，请在前面写上乡镇名，或填写区划代码' },
      { column: '用户名', message: '和第2行重复' },
    ]);
    expect(problems[1].problems.map((problem: { column: string }) => problem.column)).toEqual(['姓名', '手机号', '岗位/角色', '用户名']);
    expect(report.body.rows.every((row: { initialPassword: unknown }) => row.initialPassword === null)).toBe(true);
    expect((await api().get('/api/staff/accounts?q=村主任', tokens.admin)).body.accounts).toEqual([]);
    expect((await login('dubao', 'whatever-1')).body.code).toBe('CREDENTIALS_INVALID');
  });

  it('a good file makes every account; the same file again answers the same report and doubles nothing', async () => {
    const file = await roster(goodRows);
    const first = await upload(file);
    expect(first.body.status).toBe('imported');
    expect(first.body.rows.map((row: { row: number; username: string; regionName: string }) => [row.row, row.username, row.regionName])).toEqual([
      [2, 'dubao', '都堡村'],
      [3, 'damu', '大木村'],
      [4, 'liutun-sup', '六屯镇'],
    ]);
    const again = await upload(file);
    expect(again.body).toEqual(first.body);
    const listed = await api().get('/api/staff/accounts?q=六屯', tokens.admin);
    expect(listed.body.accounts.map((row: { username: string }) => row.username)).toEqual(['liutun-sup', 'supervisor104']);
    const directors = await api().get('/api/staff/accounts?q=村主任', tokens.admin);
    expect(directors.body.accounts.map((row: { username: string; regionName: string }) => [row.username, row.regionName])).toEqual([['dubao', '都堡村'], ['damu', '大木村']]);
    const signIn = await login('damu', first.body.rows[1].initialPassword);
    expect(signIn.body.account).toMatchObject({ name: '大木村主任', regionScope: '520123104213', passwordChangeRequired: true });
    const changed = await api().post('/api/staff/me/password', { currentPassword: first.body.rows[1].initialPassword, newPassword: 'Damu2026x' }, signIn.body.accessToken);
    expect(changed.status).toBe(200);
    // Once replaced, the one-time password is no longer shown.
    expect((await upload(file)).body.rows[1].initialPassword).toBeNull();
    const audit = await auditLogModel(county.server.deps.db).find({ action: 'staff.import' }).sort({ at: 1 }).lean();
    expect(audit.map((entry) => (entry.detail as { status: string }).status)).toEqual(['refused', 'imported', 'imported', 'imported']);
  });

  it('a file that is not an .xlsx, a damaged one, one too large and one without the columns get a clear answer, never a 500', async () => {
    const good = await roster(goodRows);
    const cases: [Buffer, number, string][] = [
      [Buffer.from('姓名,手机号\n王,13600000001\n'), 415, 'SPREADSHEET_NOT_XLSX'],
      [good.subarray(0, good.length / 2), 415, 'SPREADSHEET_NOT_XLSX'],
      [Buffer.alloc(1024 * 1024 + 10, 1), 413, 'SPREADSHEET_TOO_LARGE'],
      [await roster([['王', '13600000009']], ['姓名', '手机号']), 422, 'SPREADSHEET_COLUMNS_MISSING'],
    ];
    for (const [file, status, code] of cases) {
      const res = await upload(file);
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
    }
    expect((await upload(good, tokens.county)).status).toBe(403);
  });
});
