import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_TERMS_VERSION } from '@ccs/shared';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { loggedSmsCode } from '../../test-support/logged-sms-code';
import { httpClient } from '../../test-support/http-client';
import { accountModel } from './account-model';

let server: TestServer;
let api: ReturnType<typeof httpClient>;

beforeAll(async () => {
  server = await startTestServer();
  api = httpClient(server.baseUrl);
});
afterAll(() => server.close());

async function signIn(phone: string, terms: string) {
  await api.post('/api/auth/sms-codes', { phone });
  return api.post('/api/auth/sms-login', { phone, code: loggedSmsCode(server, phone), terms });
}

describe('the sign-in records the 服务协议 and 个人信息处理说明 the person agreed to', () => {
  it('keeps the version ticked on the sign-in page, and when, on the account', async () => {
    const before = Date.now();
    const res = await signIn('13800000301', SIGN_IN_TERMS_VERSION);
    expect(res.status).toBe(200);
    const account = await accountModel(server.deps.db).findById(res.body.account.id).lean();
    expect(account?.termsAgreed?.version).toBe(SIGN_IN_TERMS_VERSION);
    expect(account!.termsAgreed!.at!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses a version the person was not shown, in Chinese, and records nothing', async () => {
    const res = await signIn('13800000302', '2020-01-v1');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).toContain('请刷新后重新阅读并勾选同意');
    expect(await accountModel(server.deps.db).countDocuments({ 'termsAgreed.version': '2020-01-v1' })).toBe(0);
  });
});
