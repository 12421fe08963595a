import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMessages } from '@ccs/shared';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { startTencentSmsStandIn, type TencentSmsStandIn } from '../../test-support/tencent-sms-stand-in';
import { httpClient } from '../../test-support/http-client';
import { loadConfig } from '../config';
import { smsCodeModel } from '../auth/sms-code-model';

let carrier: TencentSmsStandIn;
let server: TestServer;
let api: ReturnType<typeof httpClient>;

beforeAll(async () => {
  carrier = await startTencentSmsStandIn();
  server = await startTestServer(carrier.env);
  api = httpClient(server.baseUrl);
});
afterAll(async () => {
  await server.close();
  await carrier.close();
});

const lastCodeTo = (phone: string) => carrier.sent.filter((message) => message.phone === `+86${phone}`).at(-1)?.params[0];

describe('sign-in codes through Tencent Cloud SMS (the stand-in verifies the TC3-HMAC-SHA256 signature)', () => {
  it('sends the approved sign-in template with the code and its minutes, and the family signs in with it', async () => {
    expect((await api.post('/api/auth/sms-codes', { phone: '13900000001' })).status).toBe(202);
    expect(carrier.sent.at(-1)).toMatchObject({ phone: '+8613900000001', templateId: carrier.templates.signInCode, signName: '儿童关爱服务' });
    const code = lastCodeTo('13900000001')!;
    expect(code).toMatch(/^\d{6}$/);
    expect(carrier.sent.at(-1)!.params[1]).toBe('5');
    expect((await api.post('/api/auth/sms-login', { phone: '13900000001', code })).status).toBe(200);
    // Nothing of the code reaches the log once a carrier sends it.
    expect(JSON.stringify(server.logLines)).not.toContain(code);
  });

  it('when the carrier refuses for the day, tells the family plainly, and the code sent before still signs in', async () => {
    expect((await api.post('/api/auth/sms-codes', { phone: '13900000002' })).status).toBe(202);
    const earlier = lastCodeTo('13900000002')!;
    // A minute later the family asks again; the carrier has had enough of this number today.
    await smsCodeModel(server.deps.db).updateOne({ phone: '13900000002' }, { $set: { sentAt: new Date(Date.now() - 61_000) } });
    carrier.failNext('LimitExceeded.PhoneNumberDailyLimit');
    const refused = await api.post('/api/auth/sms-codes', { phone: '13900000002' });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'SMS_CARRIER_LIMIT', message: errorMessages.SMS_CARRIER_LIMIT });
    expect((await api.post('/api/auth/sms-login', { phone: '13900000002', code: earlier })).status).toBe(200);
  });

  it('when the carrier does not answer in time, the family may ask again at once and gets a code', async () => {
    carrier.failNext('Timeout');
    const refused = await api.post('/api/auth/sms-codes', { phone: '13900000003' });
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ code: 'SMS_NOT_SENT', message: errorMessages.SMS_NOT_SENT });
    expect(lastCodeTo('13900000003')).toBeUndefined();
    expect((await api.post('/api/auth/sms-codes', { phone: '13900000003' })).status).toBe(202);
    expect((await api.post('/api/auth/sms-login', { phone: '13900000003', code: lastCodeTo('13900000003') })).status).toBe(200);
  });

  it('a request signed with the wrong secret is refused by the carrier, and the family reads SMS_NOT_SENT', async () => {
    const wrongKey = await startTestServer({ ...carrier.env, TENCENT_SMS_SECRET_KEY: 'not-the-secret' });
    try {
      const refused = await httpClient(wrongKey.baseUrl).post('/api/auth/sms-codes', { phone: '13900000004' });
      expect(refused.status).toBe(503);
      expect(refused.body.code).toBe('SMS_NOT_SENT');
      expect(carrier.rejected.at(-1)).toBe('AuthFailure.SignatureFailure');
    } finally {
      await wrongKey.close();
    }
  });

  it('a template id the carrier has not approved is refused, never sent as something else', async () => {
    const ids = { ...carrier.templates, signInCode: '9999' };
    const unapproved = await startTestServer({ ...carrier.env, TENCENT_SMS_TEMPLATE_IDS: Object.entries(ids).map(([name, id]) => `${name}=${id}`).join(',') });
    try {
      const before = carrier.sent.length;
      expect((await httpClient(unapproved.baseUrl).post('/api/auth/sms-codes', { phone: '13900000005' })).body.code).toBe('SMS_NOT_SENT');
      expect(carrier.sent.length).toBe(before);
    } finally {
      await unapproved.close();
    }
  });
});

describe('SMS settings', () => {
  const refusal = (env: Record<string, string>) => {
    try {
      loadConfig({ MONGODB_URI: 'mongodb://127.0.0.1/x', ...env });
      return [];
    } catch (error) {
      return (error as Error).message.split('\n').slice(1).map((line) => line.trim());
    }
  };

  it('with SMS_PROVIDER=tencent, names each missing setting and each message without a template id', () => {
    expect(refusal({ SMS_PROVIDER: 'tencent', TENCENT_SMS_TEMPLATE_IDS: 'signInCode=2001' })).toEqual([
      'TENCENT_SMS_SECRET_ID: is required when SMS_PROVIDER=tencent',
      'TENCENT_SMS_SECRET_KEY: is required when SMS_PROVIDER=tencent',
      'TENCENT_SMS_SDK_APP_ID: is required when SMS_PROVIDER=tencent',
      'TENCENT_SMS_SIGN_NAME: is required when SMS_PROVIDER=tencent',
      expect.stringMatching(/^TENCENT_SMS_TEMPLATE_IDS: has no template id for .*caseStep/),
    ]);
  });

  it('refuses plain http to anything but a stand-in on 127.0.0.1', () => {
    const env = { SMS_PROVIDER: 'tencent', TENCENT_SMS_SECRET_ID: 'id', TENCENT_SMS_SECRET_KEY: 'key', TENCENT_SMS_SDK_APP_ID: '1400000000', TENCENT_SMS_SIGN_NAME: '儿童关爱服务', TENCENT_SMS_TEMPLATE_IDS: carrier.env.TENCENT_SMS_TEMPLATE_IDS! };
    expect(refusal({ ...env, TENCENT_SMS_ENDPOINT: 'http://sms.tencentcloudapi.com' })).toEqual(['TENCENT_SMS_ENDPOINT: must be https (plain http only to a stand-in on 127.0.0.1)']);
    expect(refusal(env)).toEqual([]);
  });
});
