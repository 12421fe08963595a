import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import jwt from 'jsonwebtoken';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { loggedSmsCode } from '../../test-support/logged-sms-code';
import { httpClient } from '../../test-support/http-client';
import { createStaffAccount } from './create-staff-account';
import { smsCodeModel } from './sms-code-model';
import { refreshTokenModel } from './refresh-token-model';
import { hashToken } from './issue-session';
import { errorMessages } from '@ccs/shared';

let server: TestServer;
let api: ReturnType<typeof httpClient>;

beforeAll(async () => {
  server = await startTestServer();
  api = httpClient(server.baseUrl);
  await createStaffAccount(server.deps, {
    username: 'director01', password: 'correct horse', name: '王主任', roles: ['childDirector'], regionScope: '520123100201',
  });
});
afterAll(() => server.close());

const loggedCode = (phone: string) => loggedSmsCode(server, phone)!;

async function smsSignIn(phone: string) {
  expect((await api.post('/api/auth/sms-codes', { phone })).status).toBe(202);
  const res = await api.post('/api/auth/sms-login', { phone, code: loggedCode(phone) });
  expect(res.status).toBe(200);
  return res.body;
}

describe('signing in by SMS code (H5 portal)', () => {
  it('sends a code to the log, never in the response, and signs a family member in with it', async () => {
    const sent = await api.post('/api/auth/sms-codes', { phone: '13800000001' });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 60 });
    const code = loggedCode('13800000001');
    expect(code).toMatch(/^\d{6}$/);
    expect(JSON.stringify(sent.body)).not.toContain(code);
    const session = await api.post('/api/auth/sms-login', { phone: '13800000001', code });
    expect(session.status).toBe(200);
    expect(session.body.account).toMatchObject({ roles: ['family'], phoneMasked: '138****0001', regionScope: null });
    const me = await api.get('/api/me', session.body.accessToken);
    expect(me.body.id).toBe(session.body.account.id);
  });

  it('refuses a wrong code with a Chinese message, and a used code the second time', async () => {
    await api.post('/api/auth/sms-codes', { phone: '13800000002' });
    const wrong = await api.post('/api/auth/sms-login', { phone: '13800000002', code: '000000' === loggedCode('13800000002') ? '111111' : '000000' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('SMS_CODE_INVALID');
    expect(wrong.body.message).toMatch(/验证码不对/);
    const code = loggedCode('13800000002');
    expect((await api.post('/api/auth/sms-login', { phone: '13800000002', code })).status).toBe(200);
    expect((await api.post('/api/auth/sms-login', { phone: '13800000002', code })).body.code).toBe('SMS_CODE_INVALID');
  });

  it('refuses an expired code', async () => {
    await api.post('/api/auth/sms-codes', { phone: '13800000003' });
    await smsCodeModel(server.deps.db).updateOne({ phone: '13800000003' }, { $set: { expiresAt: new Date(Date.now() - 1000) } });
    const res = await api.post('/api/auth/sms-login', { phone: '13800000003', code: loggedCode('13800000003') });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('SMS_CODE_EXPIRED');
  });

  it('will not send a second code within a minute', async () => {
    await api.post('/api/auth/sms-codes', { phone: '13800000004' });
    const again = await api.post('/api/auth/sms-codes', { phone: '13800000004' });
    expect(again.status).toBe(429);
    expect(again.body.code).toBe('SMS_TOO_FREQUENT');
    expect(Number(again.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(again.body.message).toMatch(/^验证码发送太频繁，请过(\d+秒|1分钟)再试。$/);
  });

  it('explains a malformed phone number in Chinese', async () => {
    const res = await api.post('/api/auth/sms-codes', { phone: '12345' });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.fields['body.phone']).toBe('请输入11位手机号');
  });

  it('signs the same phone into the same account every time', async () => {
    const first = await smsSignIn('13800000005');
    const second = await smsSignIn('13800000005');
    expect(second.account.id).toBe(first.account.id);
  });
});

describe('signing in with WeChat (mini-program)', () => {
  it('exchanges wx.login codes through code2Session: the same WeChat user gets the same account', async () => {
    const first = await api.post('/api/auth/wechat-login', { code: 'grandma-li#1' });
    const second = await api.post('/api/auth/wechat-login', { code: 'grandma-li#2' });
    expect(first.status).toBe(200);
    expect(first.body.account.roles).toEqual(['family']);
    expect(second.body.account.id).toBe(first.body.account.id);
  });

  it('refuses a code WeChat does not accept', async () => {
    const res = await api.post('/api/auth/wechat-login', { code: 'invalid' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('WECHAT_LOGIN_FAILED');
    expect(res.body.message).toMatch(/微信登录/);
  });

  it('says WeChat cannot be reached, and offers the phone instead, when code2Session does not answer', async () => {
    const offline = await startTestServer({ WECHAT_API_BASE: 'http://127.0.0.1:9' });
    try {
      const res = await httpClient(offline.baseUrl).post('/api/auth/wechat-login', { code: 'grandma-li#3' });
      expect(res.status).toBe(502);
      expect(res.body.code).toBe('WECHAT_UNAVAILABLE');
      expect(res.body.message).toMatch(/手机号登录/);
    } finally {
      await offline.close();
    }
  });
});

describe('staff sign-in', () => {
  it('signs a child director in with their region scope', async () => {
    const res = await api.post('/api/auth/staff-login', { username: 'Director01', password: 'correct horse' });
    expect(res.status).toBe(200);
    expect(res.body.account).toMatchObject({ roles: ['childDirector'], regionScope: '520123100201', name: '王主任' });
    expect((await api.get('/api/staff/me', res.body.accessToken)).status).toBe(200);
  });

  it('backs off after five wrong passwords, refusing even the right one for the 30 seconds its message states', async () => {
    await createStaffAccount(server.deps, {
      username: 'supervisor01', password: 'right password', name: '李督导', roles: ['childSupervisor'], regionScope: '520123100',
    });
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) codes.push((await api.post('/api/auth/staff-login', { username: 'supervisor01', password: 'wrong' })).body.code);
    expect(codes).toEqual([...Array(5).fill('CREDENTIALS_INVALID'), 'TOO_MANY_ATTEMPTS']);
    const right = await api.post('/api/auth/staff-login', { username: 'supervisor01', password: 'right password' });
    expect(right.status).toBe(429);
    expect(right.body.code).toBe('TOO_MANY_ATTEMPTS');
    const seconds = Number(right.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(30);
    expect(right.body.message).toBe(`密码错误次数太多，请过${seconds}秒再试；忘了密码，请联系县民政局。`);
  });

  it('gives an unknown username the same answer as a wrong password', async () => {
    const res = await api.post('/api/auth/staff-login', { username: 'nobody', password: 'x' });
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('CREDENTIALS_INVALID');
  });
});

describe('tokens', () => {
  it('refuses an expired access token with TOKEN_EXPIRED so the app knows to refresh', async () => {
    const session = await smsSignIn('13800000006');
    const expired = jwt.sign({ roles: ['family'], scope: null, typ: 'access' }, server.deps.config.JWT_SECRET, {
      subject: session.account.id, expiresIn: -10,
    });
    const res = await api.get('/api/me', expired);
    expect(res.status).toBe(401);
    expect(res.body.code).toBe('TOKEN_EXPIRED');
  });

  it('refuses requests without a token, and a forged token', async () => {
    expect((await api.get('/api/me')).body.code).toBe('UNAUTHENTICATED');
    const forged = jwt.sign({ roles: ['admin'], scope: '52', typ: 'access' }, 'not-the-secret-but-long-enough-to-sign', { subject: 'x' });
    expect((await api.get('/api/staff/me', forged)).status).toBe(401);
  });

  it('refreshes with rotation; the same token retried within the window, even 20 times at once, gets the same new pair', async () => {
    const session = await smsSignIn('13800000007');
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.post('/api/auth/refresh', { refreshToken: session.refreshToken })));
    expect(answers.map((res) => res.status)).toEqual(Array(20).fill(200));
    const [first] = answers;
    expect(first!.body.refreshToken).not.toBe(session.refreshToken);
    for (const res of answers) expect([res.body.refreshToken, res.body.accessToken]).toEqual([first!.body.refreshToken, first!.body.accessToken]);
    // One chain: the new token rotates once more, and the old one may not start a second.
    const next = await api.post('/api/auth/refresh', { refreshToken: first!.body.refreshToken });
    expect(next.status).toBe(200);
    expect((await api.get('/api/me', next.body.accessToken)).status).toBe(200);
  });

  it('treats a rotated token shown after the retry window as theft: the whole session ends, access tokens included', async () => {
    const session = await smsSignIn('13800000010');
    const rotated = await api.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    const latest = await api.post('/api/auth/refresh', { refreshToken: rotated.body.refreshToken });
    await refreshTokenModel(server.deps.db).updateOne({ _id: `after:${hashToken(session.refreshToken)}` }, { $set: { issuedAt: new Date(Date.now() - 5 * 60_000) } });
    const reuse = await api.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_INVALID');
    for (const token of [rotated.body.refreshToken, latest.body.refreshToken]) {
      expect((await api.post('/api/auth/refresh', { refreshToken: token })).body.code).toBe('REFRESH_TOKEN_INVALID');
    }
    const me = await api.get('/api/me', latest.body.accessToken);
    expect(me.status).toBe(401);
    expect(me.body.code).toBe('UNAUTHENTICATED');
    // Another sign-in of the same person is a session of its own and goes on working.
    const again = await smsSignIn('13800000010');
    expect((await api.get('/api/me', again.accessToken)).status).toBe(200);
  });

  it('ends the session on logout: the access token is refused at once, and so is every refresh token of it', async () => {
    const session = await smsSignIn('13800000008');
    const rotated = await api.post('/api/auth/refresh', { refreshToken: session.refreshToken });
    expect((await api.get('/api/me', rotated.body.accessToken)).status).toBe(200);
    expect((await api.post('/api/auth/logout', { refreshToken: rotated.body.refreshToken })).status).toBe(204);
    for (const accessToken of [session.accessToken, rotated.body.accessToken]) {
      const me = await api.get('/api/me', accessToken);
      expect(me.status).toBe(401);
      expect(me.body.code).toBe('UNAUTHENTICATED');
    }
    for (const refreshToken of [session.refreshToken, rotated.body.refreshToken]) {
      const res = await api.post('/api/auth/refresh', { refreshToken });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('REFRESH_TOKEN_INVALID');
    }
  });

  it('refuses a family token on a staff endpoint', async () => {
    const session = await smsSignIn('13800000009');
    const res = await api.get('/api/staff/me', session.accessToken);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    expect(res.body.message).toBe(errorMessages.FORBIDDEN);
  });
});

describe('大字模式 remembered on the account', () => {
  it('starts unchosen, keeps the choice for the next sign-in on another phone, and takes the same choice twice', async () => {
    const first = await smsSignIn('13800000031');
    expect(first.account.textSize).toBeNull();
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const saved = await api.put('/api/me/preferences', { textSize: 'large' }, first.accessToken);
      expect(saved.status).toBe(200);
      expect(saved.body.textSize).toBe('large');
    }
    const refreshed = await api.post('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(refreshed.body.account.textSize).toBe('large');
    expect((await api.get('/api/me', first.accessToken)).body.textSize).toBe('large');
  });

  it('refuses an unknown size with a Chinese message, and a caller who is not signed in', async () => {
    const session = await smsSignIn('13800000032');
    const wrong = await api.put('/api/me/preferences', { textSize: 'huge' }, session.accessToken);
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('VALIDATION_FAILED');
    expect(wrong.body.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await api.put('/api/me/preferences', { textSize: 'large' })).status).toBe(401);
  });
});
