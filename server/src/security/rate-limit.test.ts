import type { AddressInfo } from 'node:net';
import { createHash, randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filledErrorMessage, type ErrorCode } from '@ccs/shared/errors/error-codes';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { loggedSmsCode } from '../../test-support/logged-sms-code';
import { callFrom as callFromAddress, type Answer } from '../../test-support/call-from';
import { createStaffAccount } from '../auth/create-staff-account';
import { loadConfig } from '../config';
import { apiRoutes, createApp } from '../app';
import { signaturePng } from '../../test-support/agreement-fixtures';
import { rateHitModel } from './rate-hit-model';
import { deleteEndedRateWindows } from './rate-limit';
import { rateLimitsOf } from './rate-limit-settings';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    RATE_LIMIT_SIGN_IN_PER_ACCOUNT: '3',
    RATE_LIMIT_SIGN_IN_PER_ADDRESS: '6',
    RATE_LIMIT_SMS_PER_PHONE: '2',
    RATE_LIMIT_SMS_PER_ADDRESS: '3',
    RATE_LIMIT_SUBMIT_PER_ACCOUNT: '2',
    RATE_LIMIT_FAILED_PASSWORDS_PER_ADDRESS: '4',
  });
  for (const username of ['alpha', 'beta']) {
    await createStaffAccount(server.deps, { username, password: 'right password', name: '测试', roles: ['childDirector'], regionScope: '520123103201' });
  }
});
afterAll(() => server.close());

const callFrom = (address: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  callFromAddress(server.baseUrl, address, method, path, body, headers);

const staffLogin = (address: string, username: string, password = 'right password') =>
  callFrom(address, 'POST', '/api/auth/staff-login', { username, password });

function expectRefused(res: Answer, code = 'TOO_MANY_REQUESTS') {
  expect(res.status).toBe(429);
  expect(res.body.code).toBe(code);
  expect(res.body.message).toBe(filledErrorMessage(code as ErrorCode, res.body.data));
  expect(res.body.message).toMatch(/请过\d+(秒|分钟)再试/);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(900);
}

describe('rate limits (issue 7 §4)', () => {
  it('limits sign-ins per account at an address with 429, the real wait in Chinese and Retry-After; the owner elsewhere still signs in', async () => {
    for (let i = 0; i < 3; i += 1) expect((await staffLogin('127.0.0.2', 'Alpha')).status).toBe(200);
    const over = await staffLogin('127.0.0.2', 'alpha');
    expectRefused(over);
    expect(over.body.data.retryAfterSeconds).toBe(String(over.headers['retry-after']));
    const seconds = Number(over.headers['retry-after']);
    expect(over.body.message).toBe(`操作太频繁了，为了保护大家的信息，请过${seconds < 60 ? `${seconds}秒` : `${Math.ceil(seconds / 60)}分钟`}再试。`);
    expect((await staffLogin('127.0.0.3', 'alpha')).status).toBe(200);
  });

  it('limits sign-ins per address across accounts and sign-in kinds', async () => {
    const codes: number[] = [];
    for (const phone of ['13700000001', '13700000002', '13700000003']) {
      codes.push((await callFrom('127.0.0.4', 'POST', '/api/auth/sms-login', { phone, code: '000000' })).status);
    }
    codes.push((await callFrom('127.0.0.4', 'POST', '/api/auth/wechat-login', { code: 'someone' })).status);
    codes.push((await staffLogin('127.0.0.4', 'nobody')).status);
    codes.push((await staffLogin('127.0.0.4', 'beta')).status);
    expect(codes).toEqual([400, 400, 400, 200, 401, 200]);
    expectRefused(await callFrom('127.0.0.4', 'POST', '/api/auth/sms-login', { phone: '13700000004', code: '000000' }));
    expect((await callFrom('127.0.0.5', 'POST', '/api/auth/sms-login', { phone: '13700000004', code: '000000' })).status).toBe(400);
  });

  it('limits SMS codes per phone and per address', async () => {
    const phone = '13700000011';
    expect((await callFrom('127.0.0.6', 'POST', '/api/auth/sms-codes', { phone })).status).toBe(202);
    expect((await callFrom('127.0.0.6', 'POST', '/api/auth/sms-codes', { phone })).body.code).toBe('SMS_TOO_FREQUENT');
    expectRefused(await callFrom('127.0.0.7', 'POST', '/api/auth/sms-codes', { phone }));

    expect((await callFrom('127.0.0.8', 'POST', '/api/auth/sms-codes', { phone: '13700000012' })).status).toBe(202);
    expect((await callFrom('127.0.0.8', 'POST', '/api/auth/sms-codes', { phone: '13700000013' })).status).toBe(202);
    expect((await callFrom('127.0.0.8', 'POST', '/api/auth/sms-codes', { phone: '13700000014' })).status).toBe(202);
    expectRefused(await callFrom('127.0.0.8', 'POST', '/api/auth/sms-codes', { phone: '13700000015' }));
  });

  it('keeps no phone number or address in its counters, not even as a plain sha256 anyone could try every number against', async () => {
    const phone = '13700000016';
    expect((await callFrom('127.0.0.9', 'POST', '/api/auth/sms-codes', { phone })).status).toBe(202);
    const windows = (await rateHitModel(server.deps.db).find().lean()).map((hit) => hit.window).join(' ');
    for (const key of [phone, '127.0.0.9']) {
      expect(windows).not.toContain(key);
      expect(windows).not.toContain(createHash('sha256').update(key).digest('base64url').slice(0, 22));
    }
  });

  it('backs off an address that sent too many wrong passwords, even with a right one, while other addresses sign in', async () => {
    const codes: string[] = [];
    for (const username of ['x1', 'x2', 'x3', 'x4']) codes.push((await staffLogin('127.0.0.9', username, 'guess')).body.code);
    expect(codes).toEqual(Array(4).fill('CREDENTIALS_INVALID'));
    expectRefused(await staffLogin('127.0.0.9', 'beta'), 'TOO_MANY_ATTEMPTS');
    expect((await staffLogin('127.0.0.10', 'beta')).status).toBe(200);
  });

  it('compares no more wrong passwords from an address than its limit when 20 race (to any usernames)', async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => staffLogin('127.0.0.15', `racer${i}`, 'guess')));
    expect(answers.filter((res) => res.body.code === 'CREDENTIALS_INVALID')).toHaveLength(4);
    for (const refused of answers.filter((res) => res.body.code !== 'CREDENTIALS_INVALID')) expect(refused.status).toBe(429);
  });

  it('does not count right passwords against the address’s wrong ones', async () => {
    expect((await staffLogin('127.0.0.16', 'beta')).status).toBe(200);
    const codes: string[] = [];
    for (const username of ['y1', 'y2', 'y3', 'y4', 'y5']) codes.push((await staffLogin('127.0.0.16', username, 'guess')).body.code);
    expect(codes).toEqual([...Array(4).fill('CREDENTIALS_INVALID'), 'TOO_MANY_ATTEMPTS']);
  });

  it('limits submissions per account: uploads and signatures share the bucket with submitting', async () => {
    const phone = '13700000021';
    await callFrom('127.0.0.11', 'POST', '/api/auth/sms-codes', { phone });
    const session = await callFrom('127.0.0.11', 'POST', '/api/auth/sms-login', { phone, code: loggedSmsCode(server, phone) });
    const auth = { authorization: `Bearer ${session.body.accessToken}` };
    const upload = (address: string) =>
      callFrom(address, 'POST', `/api/applications/${new Types.ObjectId().toHexString()}/documents/${randomUUID()}`, undefined, auth);
    expect((await upload('127.0.0.11')).status).toBe(404);
    const sign = await callFrom('127.0.0.11', 'POST', `/api/agreements/${randomUUID()}/signatures`, { party: 'parent', image: signaturePng }, auth);
    expect(sign.status).toBe(404);
    expectRefused(await upload('127.0.0.12'));
  });

  it('is declared on every sign-in, SMS, invitation-code and submission route, and on no other', () => {
    const limited = apiRoutes(server.deps).filter((route) => route.rateLimit).map((route) => `${route.method} ${route.path}`);
    expect(limited.sort()).toEqual([
      // An invitation's SMS code is short: looking one up or accepting it is a guess to count.
      'get /api/agreement-invitations/:token',
      'post /api/agreement-invitations/:token/accept',
      'post /api/agreements/:agreementId/signatures',
      'post /api/applications/:applicationId/documents/:documentId',
      'post /api/applications/:applicationId/submit',
      'post /api/auth/sms-codes',
      'post /api/auth/sms-login',
      'post /api/auth/staff-login',
      'post /api/auth/wechat-login',
      'post /api/auth/wechat-phone',
      'put /api/applications/:applicationId/documents/:documentId',
    ]);
  });

  it('lets exactly the limit through when 20 requests race (an $inc counter on FerretDB v1 counted 40 racing requests as 18)', async () => {
    const phones = Array.from({ length: 20 }, (_, i) => `137000001${String(i).padStart(2, '0')}`);
    const answers = await Promise.all(phones.map((phone) => callFrom('127.0.0.13', 'POST', '/api/auth/sms-login', { phone, code: '000000' })));
    expect(answers.filter((res) => res.status === 400)).toHaveLength(6);
    for (const refused of answers.filter((res) => res.status !== 400)) expectRefused(refused);
  });

  it('counts the address the production proxy saw, not what the client wrote into X-Forwarded-For', async () => {
    const config = { ...server.deps.config, NODE_ENV: 'production' as const, RATE_LIMIT_SIGN_IN_PER_ADDRESS: 2 };
    const listening = createApp({ ...server.deps, config }).listen(0, '127.0.0.1');
    await new Promise((done) => listening.once('listening', done));
    try {
      const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
      const signIn = (forwardedFor: string, phone: string) =>
        fetch(`${base}/api/auth/sms-login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
          body: JSON.stringify({ phone, code: '000000' }),
        }).then((res) => res.status);
      const statuses: number[] = [];
      for (const [i, forged] of ['1.1.1.1', '2.2.2.2', '3.3.3.3'].entries()) statuses.push(await signIn(`${forged}, 10.9.9.9`, `1370000020${i}`));
      statuses.push(await signIn('10.9.9.8', '13700000210'));
      expect(statuses).toEqual([400, 400, 429, 400]);
    } finally {
      await new Promise((done) => listening.close(done));
    }
  });

  it('deletes the hits of windows that have ended in the background jobs', async () => {
    const hits = rateHitModel(server.deps.db);
    expect(await hits.countDocuments()).toBeGreaterThan(0);
    expect(await deleteEndedRateWindows(server.deps.db, new Date())).toBe(0);
    await deleteEndedRateWindows(server.deps.db, new Date(Date.now() + 901_000));
    expect(await hits.countDocuments()).toBe(0);
  });
});

describe('rate-limit configuration', () => {
  const base = { MONGODB_URI: 'mongodb://127.0.0.1/x' };
  it('has defaults outside tests, effectively none in tests unless set, and a window of at most 15 minutes', () => {
    expect(rateLimitsOf(loadConfig({ ...base, NODE_ENV: 'development' })).signIn).toEqual({ account: 10, address: 200 });
    expect(rateLimitsOf(loadConfig({ ...base, NODE_ENV: 'test' })).signIn.account).toBeGreaterThan(10_000);
    expect(rateLimitsOf(loadConfig({ ...base, NODE_ENV: 'test', RATE_LIMIT_SMS_PER_PHONE: '4' })).smsCode.account).toBe(4);
    expect(() => loadConfig({ ...base, RATE_LIMIT_WINDOW_SECONDS: '3600' })).toThrow(/RATE_LIMIT_WINDOW_SECONDS/);
    expect(() => loadConfig({ ...base, RATE_LIMIT_SIGN_IN_PER_ADDRESS: 'many' })).toThrow(/RATE_LIMIT_SIGN_IN_PER_ADDRESS/);
  });

  it('refuses to start in production with half the WeChat settings (development defaults only outside production)', () => {
    expect(() => loadConfig({ ...base, NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), WECHAT_APPID: 'wx0123456789abcdef' })).toThrow(/WECHAT_SECRET, WECHAT_API_BASE: missing/);
  });
});
