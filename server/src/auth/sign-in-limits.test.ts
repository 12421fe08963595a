import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { loggedSmsCode } from '../../test-support/logged-sms-code';
import { callFrom, type Answer } from '../../test-support/call-from';
import { createStaffAccount } from './create-staff-account';
import { smsCodeModel } from './sms-code-model';

// Issue 16 §4: every "at most N" of signing in holds when 20 requests arrive at once (FerretDB v1 lost `$inc`s:
// 8 racing wrong codes counted 3, 10 racing wrong passwords counted 5).

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  for (const username of ['racer', 'owner', 'typist']) {
    await createStaffAccount(server.deps, { username, password: 'right password', name: '测试', roles: ['childDirector'], regionScope: '520123103201' });
  }
});
afterAll(() => server.close());

const from = (address: string, path: string, body: unknown) => callFrom(server.baseUrl, address, 'POST', path, body);
const twenty = (send: (i: number) => Promise<Answer>) => Promise.all(Array.from({ length: 20 }, (_, i) => send(i)));
const wrongCode = (right: string) => (right === '000000' ? '111111' : '000000');
const sentCodes = (phone: string) => server.logLines.filter((line) => (line.sms as { phone?: string } | undefined)?.phone === phone).length;

function expectWait(res: Answer, code: string, maxSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.body.code).toBe(code);
  const seconds = Number(res.headers['retry-after']);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(maxSeconds);
  expect(res.body.message).toContain(`请过${seconds < 60 ? `${seconds}秒` : `${Math.ceil(seconds / 60)}分钟`}再试`);
}

describe('SMS codes under racing requests', () => {
  it('sends one code when 20 requests for it race, and tells the others the seconds left in Retry-After', async () => {
    const phone = '13900000101';
    const answers = await twenty(() => from('127.0.1.1', '/api/auth/sms-codes', { phone }));
    expect(answers.filter((res) => res.status === 202)).toHaveLength(1);
    for (const refused of answers.filter((res) => res.status !== 202)) expectWait(refused, 'SMS_TOO_FREQUENT', 60);
    expect(sentCodes(phone)).toBe(1);
  });

  it('compares exactly five of 20 racing wrong codes: the right code is refused after them', async () => {
    const phone = '13900000102';
    await from('127.0.1.2', '/api/auth/sms-codes', { phone });
    const right = loggedSmsCode(server, phone)!;
    const answers = await twenty(() => from('127.0.1.2', '/api/auth/sms-login', { phone, code: wrongCode(right) }));
    expect(answers.map((res) => res.body.code)).toEqual(Array(20).fill('SMS_CODE_INVALID'));
    expect((await from('127.0.1.2', '/api/auth/sms-login', { phone, code: right })).body.code).toBe('SMS_CODE_INVALID');
  });

  it('still takes the right code after four racing wrong ones, and only once when it is sent twice at once', async () => {
    const phone = '13900000103';
    await from('127.0.1.3', '/api/auth/sms-codes', { phone });
    const right = loggedSmsCode(server, phone)!;
    await Promise.all(Array.from({ length: 4 }, () => from('127.0.1.3', '/api/auth/sms-login', { phone, code: wrongCode(right) })));
    const both = await Promise.all([1, 2].map(() => from('127.0.1.3', '/api/auth/sms-login', { phone, code: right })));
    expect(both.map((res) => res.status).sort()).toEqual([200, 400]);
  });

  it('stores the code as a keyed hash, not as a hash anyone can compute from the phone and a guess', async () => {
    const phone = '13900000104';
    await from('127.0.1.4', '/api/auth/sms-codes', { phone });
    const code = loggedSmsCode(server, phone)!;
    const stored = (await smsCodeModel(server.deps.db).findOne({ phone }).lean())!.codeHash;
    for (const encoding of ['hex', 'base64url'] as const) {
      expect(stored).not.toBe(createHash('sha256').update(`${phone}:${code}`).digest(encoding));
    }
    const key = Buffer.from(server.deps.config.LOOKUP_HMAC_KEY, 'base64');
    expect(stored).toBe(createHmac('sha256', key).update(`smsCode:${phone}:${code}`).digest('base64url'));
  });
});

describe('wrong staff passwords under racing requests', () => {
  it('compares exactly five of 20 racing wrong passwords from one address, then backs off that address only', async () => {
    const answers = await twenty(() => from('127.0.1.5', '/api/auth/staff-login', { username: 'racer', password: 'guess' }));
    expect(answers.filter((res) => res.body.code === 'CREDENTIALS_INVALID')).toHaveLength(5);
    for (const refused of answers.filter((res) => res.body.code !== 'CREDENTIALS_INVALID')) expectWait(refused, 'TOO_MANY_ATTEMPTS', 30);
    expectWait(await from('127.0.1.5', '/api/auth/staff-login', { username: 'racer', password: 'right password' }), 'TOO_MANY_ATTEMPTS', 30);
    // The stranger cannot lock the owner out: from the owner's own address the right password works.
    expect((await from('127.0.1.6', '/api/auth/staff-login', { username: 'racer', password: 'right password' })).status).toBe(200);
  });

  it('forgets an address’s wrong passwords once the right one is given there', async () => {
    const login = (password: string) => from('127.0.1.7', '/api/auth/staff-login', { username: 'typist', password });
    for (let i = 0; i < 4; i += 1) expect((await login('typo')).body.code).toBe('CREDENTIALS_INVALID');
    expect((await login('right password')).status).toBe(200);
    const codes: string[] = [];
    for (let i = 0; i < 6; i += 1) codes.push((await login('typo')).body.code);
    expect(codes).toEqual([...Array(5).fill('CREDENTIALS_INVALID'), 'TOO_MANY_ATTEMPTS']);
  });
});
