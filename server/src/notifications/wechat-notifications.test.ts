import { randomUUID } from 'node:crypto';
import { Types } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { startWechatStandIn, type WechatStandIn } from '../../test-support/wechat-stand-in';
import { startTencentSmsStandIn, type TencentSmsStandIn } from '../../test-support/tencent-sms-stand-in';
import { httpClient } from '../../test-support/http-client';
import { seedCounty, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { addChild, draftFor } from '../../test-support/agreement-fixtures';
import { relayAgreementNotices } from '../agreements/remind-expiring-agreements';
import { identityModel } from '../auth/account-model';
import { notificationModel } from './notification-model';
import { relayCaseNotifications } from './relay-case-notifications';
import { sendPendingNotifications } from './send-pending-notifications';

let wechat: WechatStandIn;
let carrier: TencentSmsStandIn;
let server: TestServer;
let api: ReturnType<typeof httpClient>;
let countyToken: string;

beforeAll(async () => {
  wechat = await startWechatStandIn();
  carrier = await startTencentSmsStandIn();
  server = await startTestServer({ ...wechat.env, ...carrier.env, WECHAT_SUBSCRIBE_TEMPLATE_IDS: 'caseStep=tpl-case-step,agreementNotice=tpl-agreement' });
  await seedCounty(server);
  api = httpClient(server.baseUrl);
  countyToken = await signInStaff(server, 'county');
  // The demo county's own messages go first, so each test sees only its own.
  await relayCaseNotifications(server.deps);
  await sendPendingNotifications(server.deps);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await carrier?.close();
  await wechat?.close();
});

/** A family signed in from the mini-program: `wx.login`'s code through code2Session at the stand-in. */
async function wechatFamily(user: string) {
  const res = await api.post('/api/auth/wechat-login', { code: `${user}#1` });
  expect(res.status).toBe(200);
  return { token: res.body.accessToken as string, openid: `o-${user}` };
}

/**
 * A family that signed in on the portal with the code the carrier delivered, and whose WeChat is linked to the same
 * account (as linking by getPhoneNumber leaves it).
 */
async function linkedFamily(user: string, phone: string) {
  await api.post('/api/auth/sms-codes', { phone });
  const code = smsTo(phone).at(-1)!.params[0];
  const session = (await api.post('/api/auth/sms-login', { phone, code })).body;
  await identityModel(server.deps.db).create({ kind: 'wechat', value: `o-${user}`, accountId: new Types.ObjectId(session.account.id as string) });
  return { token: session.accessToken as string, openid: `o-${user}`, phone };
}

const accept = (token: string, accepted: string[], requestId = randomUUID()) => api.call('POST', '/api/me/subscribe-credits', { token, body: { requestId, accepted } });

async function submitted(token: string) {
  const id = await startDraft(server, token);
  const application = await submitDraft(server, token, id);
  await relayCaseNotifications(server.deps);
  return { id, application };
}

const notificationOf = async (applicationId: string) => (await notificationModel(server.deps.db).find({ applicationId }).lean())[0]!;
const smsTo = (phone: string) => carrier.sent.filter((message) => message.phone === `+86${phone}`);
const subscribeTo = (openid: string) => wechat.subscribeMessages.filter((message) => message.touser === openid);

describe('what a family accepts in the mini-program is recorded as credits', () => {
  it('one credit per accepted template, once however often the weak network repeats the answer', async () => {
    const family = await wechatFamily('recorder');
    const requestId = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => accept(family.token, ['caseStep'], requestId)));
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    expect((await accept(family.token, ['caseStep'], requestId)).body).toEqual({ credits: { caseStep: 1, agreementNotice: 0 } });
    expect((await accept(family.token, ['caseStep', 'agreementNotice'])).body).toEqual({ credits: { caseStep: 2, agreementNotice: 1 } });
    // Declining everything is an answer too: nothing is recorded.
    expect((await accept(family.token, [])).body).toEqual({ credits: { caseStep: 2, agreementNotice: 1 } });
  });

  it('refuses an answer naming no known message or without its id, with a stable code', async () => {
    const family = await wechatFamily('mistaken');
    const unknown = await accept(family.token, ['caseSteps']);
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
    expect((await api.call('POST', '/api/me/subscribe-credits', { token: family.token, body: { accepted: ['caseStep'] } })).body.code).toBe('VALIDATION_FAILED');
    expect((await accept(family.token, [])).body).toEqual({ credits: { caseStep: 0, agreementNotice: 0 } });
  });
});

describe('the outbox sends a family’s news as a subscribe message while it holds a credit', () => {
  it('a submission reaches WeChat as the caseStep template with its fields, the openid and the page, spending the credit', async () => {
    const family = await wechatFamily('mother');
    await accept(family.token, ['caseStep']);
    const { id } = await submitted(family.token);
    expect(await sendPendingNotifications(server.deps)).toEqual({ sent: 1, failed: 0 });
    expect(subscribeTo(family.openid)).toEqual([
      {
        touser: 'o-mother',
        template_id: 'tpl-case-step',
        page: `packages/family/pages/application/index?id=${id}`,
        data: { thing1: { value: '事实无人抚养儿童基本生活补贴' }, phrase2: { value: '已提交' }, thing3: { value: '点开查看办理进度和下一步' } },
        miniprogram_state: 'formal',
        lang: 'zh_CN',
      },
    ]);
    expect((await notificationOf(id)).status).toBe('sent');
    expect((await accept(family.token, [])).body.credits.caseStep).toBe(0);
    // Sent once: a later run finds nothing to send.
    expect(await sendPendingNotifications(server.deps, undefined, new Date(Date.now() + 3600_000))).toEqual({ sent: 0, failed: 0 });
    expect(subscribeTo(family.openid)).toHaveLength(1);
  });

  it('without a credit the step goes by SMS to the phone linked to the WeChat account', async () => {
    const family = await linkedFamily('father', '13900000021');
    await submitted(family.token);
    expect(await sendPendingNotifications(server.deps)).toEqual({ sent: 1, failed: 0 });
    expect(subscribeTo(family.openid)).toEqual([]);
    expect(smsTo(family.phone).map((message) => message.templateId)).toEqual([carrier.templates.signInCode, carrier.templates.caseStep]);
  });

  it('one credit and two messages sent by three senders at once: one subscribe message, the other by SMS', async () => {
    const family = await linkedFamily('uncle', '13900000022');
    await accept(family.token, ['caseStep']);
    await submitted(family.token);
    await submitted(family.token);
    const runs = await Promise.all([1, 2, 3].map(() => sendPendingNotifications(server.deps)));
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
    expect(subscribeTo(family.openid)).toHaveLength(1);
    expect(smsTo(family.phone).filter((message) => message.templateId === carrier.templates.caseStep)).toHaveLength(1);
  });

  it('WeChat says the person refused (43101) though the app reported a credit: the SMS goes instead', async () => {
    const family = await linkedFamily('aunt', '13900000023');
    await accept(family.token, ['caseStep']);
    wechat.notSubscribed.add(family.openid);
    const { id } = await submitted(family.token);
    expect(await sendPendingNotifications(server.deps)).toEqual({ sent: 1, failed: 0 });
    expect(wechat.refusedSends).toContain(43101);
    expect(subscribeTo(family.openid)).toEqual([]);
    expect(smsTo(family.phone).map((message) => message.templateId)).toEqual([carrier.templates.signInCode, carrier.templates.caseStep]);
    expect((await notificationOf(id)).status).toBe('sent');
  });
});

describe('a care agreement’s news reaches the parent who accepted it after inviting the caregiver', () => {
  it('the caregiver says no: the agreementNotice template, opening the agreement, with no reason in it', async () => {
    const parent = await wechatFamily('agreement-mother');
    await accept(parent.token, ['agreementNotice']);
    const id = randomUUID();
    expect((await api.put(`/api/agreements/${id}`, draftFor([await addChild(server, parent.token, { name: '王小雨' })]), parent.token)).status).toBe(201);
    const invitation = (await api.post(`/api/agreements/${id}/invitation`, {}, parent.token)).body;
    const caregiver = (await wechatFamily('agreement-grandmother')).token;
    expect((await api.post(`/api/agreement-invitations/${invitation.token}/accept`, undefined, caregiver)).status).toBe(200);
    expect((await api.post(`/api/agreements/${id}/decline`, { reason: 'health' }, caregiver)).status).toBe(200);
    await relayAgreementNotices(server.deps, new Date());
    expect(await sendPendingNotifications(server.deps)).toEqual({ sent: 1, failed: 0 });
    expect(subscribeTo(parent.openid)).toEqual([
      expect.objectContaining({
        template_id: 'tpl-agreement',
        page: `packages/agreements/pages/agreement/index?id=${id}`,
        data: { thing1: { value: '王小雨' }, phrase2: { value: '照护人拒绝' }, thing3: { value: '照护人没有答应' } },
      }),
    ]);
  });
});

describe('a family reachable only in WeChat is never lost', () => {
  it('with no credit yet, the message waits for its retry, and goes once the family accepts', async () => {
    const family = await wechatFamily('grandpa');
    const { id } = await submitted(family.token);
    const now = new Date();
    expect(await sendPendingNotifications(server.deps, undefined, now)).toEqual({ sent: 0, failed: 1 });
    const waiting = (await api.get('/api/staff/failed-notifications', countyToken)).body.notifications.find((n: { applicationId: string }) => n.applicationId === id);
    expect(waiting).toMatchObject({ channel: 'wechat', willRetry: true, lastError: 'WeChat: no subscription accepted; no phone for an SMS' });
    await accept(family.token, ['caseStep']);
    expect(await sendPendingNotifications(server.deps, undefined, new Date(now.getTime() + 10 * 60_000))).toEqual({ sent: 1, failed: 0 });
    expect(subscribeTo(family.openid)).toHaveLength(1);
  });

  it('a template id WeChat does not know (40037) is not retried: county staff see it, to reach the family another way', async () => {
    const family = await wechatFamily('grandma');
    await accept(family.token, ['caseStep']);
    wechat.unknownTemplates.add('tpl-case-step');
    try {
      const { id, application } = await submitted(family.token);
      const now = new Date();
      expect(await sendPendingNotifications(server.deps, undefined, now)).toEqual({ sent: 0, failed: 1 });
      expect(await sendPendingNotifications(server.deps, undefined, new Date(now.getTime() + 24 * 3600_000))).toEqual({ sent: 0, failed: 0 });
      const list = (await api.get('/api/staff/failed-notifications', countyToken)).body;
      expect(list.notifications.find((n: { applicationId: string }) => n.applicationId === id)).toMatchObject({
        caseReference: application.reference,
        channel: 'wechat',
        willRetry: false,
        attempts: 1,
        lastError: 'WeChat: refused 40037; no phone for an SMS',
      });
      expect(wechat.refusedSends).toContain(40037);
    } finally {
      wechat.unknownTemplates.clear();
    }
  });
});
