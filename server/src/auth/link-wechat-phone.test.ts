import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages, type Session } from '@ccs/shared';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { startWechatStandIn, type WechatStandIn } from '../../test-support/wechat-stand-in';
import { httpClient } from '../../test-support/http-client';
import { signInFamilySession, startDraft } from '../../test-support/case-fixtures';
import { loadRegions } from '../regions/load-regions';
import { seedParameters } from '../parameters/seed-parameters';
import { productionEnv } from '../../test-support/production-env';
import { accountModel, identityModel } from './account-model';
import { createStaffAccount } from './create-staff-account';
import { auditLogModel } from '../audit/audit-log-model';
import { subscribeCreditModel } from '../wechat/subscribe-credit-model';

let wechat: WechatStandIn;
let server: TestServer;
let api: ReturnType<typeof httpClient>;

beforeAll(async () => {
  wechat = await startWechatStandIn();
  server = await startTestServer(wechat.env);
  api = httpClient(server.baseUrl);
  // A child is added in 修文县 and a draft started: its villages and figures, no demo county.
  await loadRegions(server.deps.db, { provinces: ['52'], onlyWithin: '520123' });
  await seedParameters(server.deps.db);
});
afterAll(async () => {
  await server?.close();
  await wechat?.close();
});

let logins = 0;
/** A family opens the mini-program: wx.login, then code2Session at the stand-in (`o-<user>`). */
async function wechatSignIn(user: string): Promise<Session> {
  logins += 1;
  const res = await api.post('/api/auth/wechat-login', { code: `${user}#${logins}` });
  expect(res.status).toBe(200);
  return res.body as Session;
}

let codes = 0;
/** The family taps 用手机号关联账号 and allows its WeChat phone number: WeChat hands the app a one-use code. */
async function linkPhone(session: Session, phone: string, countryCode?: string) {
  codes += 1;
  const code = `phone-code-${codes}`;
  wechat.phoneCodes.set(code, { phone, countryCode });
  return api.post('/api/auth/wechat-phone', { code }, session.accessToken);
}

const childrenOf = async (token: string) => ((await api.get('/api/children', token)).body.children as { name: string }[]).map((child) => child.name).sort();
const applicationsOf = async (token: string) => ((await api.get('/api/applications', token)).body.applications as { id: string }[]).map((application) => application.id).sort();

describe('a WeChat family links its phone (getPhoneNumber): one account in the mini-program and the portal', () => {
  it('with no phone account yet, the number becomes this account’s portal sign-in; linking again changes nothing', async () => {
    const wx = await wechatSignIn('grandma-wang');
    const linked = await linkPhone(wx, '13700000101');
    expect(linked.status).toBe(200);
    expect(linked.body.account).toMatchObject({ id: wx.account.id, phoneMasked: '137****0101' });
    const again = await linkPhone(linked.body, '13700000101');
    expect(again.body.account.id).toBe(wx.account.id);
    expect((await signInFamilySession(server, '13700000101')).account.id).toBe(wx.account.id);
  });

  it('with a phone account, the WeChat account’s children, drafts and consent move into it, and both sign-ins open it', async () => {
    const portal = await signInFamilySession(server, '13700000102');
    const wx = await wechatSignIn('father-li');
    const wxDraft = await startDraft(server, wx.accessToken);
    // The family accepted case-step messages in the mini-program (wx.requestSubscribeMessage).
    expect((await api.post('/api/me/subscribe-credits', { requestId: randomUUID(), accepted: ['caseStep'] }, wx.accessToken)).status).toBeLessThan(300);
    const linked = await linkPhone(wx, '13700000102');
    expect(linked.status).toBe(200);
    expect(linked.body.account).toMatchObject({ id: portal.account.id, phoneMasked: '137****0102' });
    // The WeChat session is over: its token no longer works, the new one sees everything.
    expect((await api.get('/api/children', wx.accessToken)).status).toBe(401);
    expect(await applicationsOf(linked.body.accessToken)).toEqual([wxDraft]);
    expect(await childrenOf(linked.body.accessToken)).toEqual(['小明']);
    // The consent given in the mini-program stands: no second tick before the next child.
    expect((await api.get('/api/consent/child-privacy', linked.body.accessToken)).body.status).toMatchObject({ current: true });
    const portalDraft = await startDraft(server, linked.body.accessToken);
    expect(await applicationsOf(linked.body.accessToken)).toEqual([portalDraft, wxDraft].sort());
    expect(await subscribeCreditModel(server.deps.db).countDocuments({ accountId: portal.account.id })).toBe(1);
    expect((await wechatSignIn('father-li')).account.id).toBe(portal.account.id);
    // Tapping again in the merged account changes nothing.
    expect((await linkPhone(linked.body, '13700000102')).body.account.id).toBe(portal.account.id);
    expect((await signInFamilySession(server, '13700000102')).account.id).toBe(portal.account.id);
    // The merge is on record once; the repeated tap, which merged nothing, says so.
    const audit = await auditLogModel(server.deps.db).find({ action: 'account.phoneLinked', 'target.id': portal.account.id }).sort({ at: 1 }).lean();
    expect(audit.map((entry) => entry.detail)).toEqual([{ mergedFrom: wx.account.id }, null]);
  });

  it('a merge cut after its first step is finished by the next WeChat sign-in', async () => {
    const portal = await signInFamilySession(server, '13700000103');
    const wx = await wechatSignIn('mother-zhao');
    const wxDraft = await startDraft(server, wx.accessToken);
    // What the link writes first, and nothing after it: the server stopped there.
    await accountModel(server.deps.db).updateOne({ _id: wx.account.id }, { $set: { mergedInto: portal.account.id } });
    const reopened = await wechatSignIn('mother-zhao');
    expect(reopened.account.id).toBe(portal.account.id);
    expect(await applicationsOf(reopened.accessToken)).toEqual([wxDraft]);
  });
});

describe('linking refused, with a Chinese message and a stable code', () => {
  it.each([
    ['a code WeChat does not know or that was used (40029)', 'WECHAT_PHONE_CODE_INVALID', 400],
    ['a number outside the mainland', 'PHONE_NOT_MAINLAND', 400],
  ])('refuses %s', async (_name, code, status) => {
    const wx = await wechatSignIn(`refused-${code}`);
    const res = code === 'WECHAT_PHONE_CODE_INVALID'
      ? await api.post('/api/auth/wechat-phone', { code: 'never-handed-out' }, wx.accessToken)
      : await linkPhone(wx, '91234567', '852');
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ code, message: errorMessages[code as keyof typeof errorMessages] });
  });

  it('refuses a number that is a staff member’s sign-in, and leaves both accounts as they were', async () => {
    const staff = await createStaffAccount(server.deps, { username: 'director-phone', password: 'correct horse', name: '王主任', roles: ['childDirector'], regionScope: '520123103201' });
    // A staff member's work number, as the staff pages record it, and one that signs in on the portal.
    await identityModel(server.deps.db).create({ kind: 'staffPhone', value: '13700000108', accountId: staff });
    await identityModel(server.deps.db).create({ kind: 'phone', value: '13700000109', accountId: staff });
    const wx = await wechatSignIn('staff-number');
    for (const phone of ['13700000108', '13700000109']) {
      const res = await linkPhone(wx, phone);
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'PHONE_OF_STAFF', message: errorMessages.PHONE_OF_STAFF });
    }
    expect((await api.get('/api/me', wx.accessToken)).body.id).toBe(wx.account.id);
  });

  it('refuses to merge when both accounts hold the same child, and says to ask the child director', async () => {
    const portal = await signInFamilySession(server, '13700000104');
    await startDraft(server, portal.accessToken, { sequence: '444' });
    const wx = await wechatSignIn('same-child');
    await startDraft(server, wx.accessToken, { sequence: '444' });
    const res = await linkPhone(wx, '13700000104');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'SAME_CHILD_IN_BOTH_ACCOUNTS', message: expect.stringContaining('小明') });
    expect(await childrenOf(portal.accessToken)).toEqual(['小明']);
  });

  it('refuses a second number on a WeChat account already linked, and a portal (phone) sign-in', async () => {
    const wx = await wechatSignIn('two-numbers');
    expect((await linkPhone(wx, '13700000105')).status).toBe(200);
    const relinked = await wechatSignIn('two-numbers');
    const second = await linkPhone(relinked, '13700000106');
    expect(second.body).toMatchObject({ code: 'PHONE_LINKED_ELSEWHERE', message: expect.stringContaining('137****0105') });
    const portal = await signInFamilySession(server, '13700000107');
    expect((await linkPhone(portal, '13700000107')).status).toBe(403);
  });
});

describe('a portal-only county (production without WeChat settings)', () => {
  it('answers the mini-program’s sign-in and linking with WECHAT_NOT_CONFIGURED, and calls nothing', async () => {
    const { WECHAT_APPID: _appid, WECHAT_SECRET: _secret, WECHAT_API_BASE: _base, ...portalOnly } = productionEnv();
    const county = await startTestServer(portalOnly);
    try {
      const res = await httpClient(county.baseUrl).post('/api/auth/wechat-login', { code: 'grandma-wang#9' });
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ code: 'WECHAT_NOT_CONFIGURED', message: errorMessages.WECHAT_NOT_CONFIGURED });
    } finally {
      await county.close();
    }
  });
});
