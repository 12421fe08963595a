import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { startTencentSmsStandIn, type TencentSmsStandIn } from '../../test-support/tencent-sms-stand-in';
import { httpClient } from '../../test-support/http-client';
import { seedCounty, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { notificationModel } from './notification-model';
import { relayCaseNotifications } from './relay-case-notifications';
import { sendPendingNotifications } from './send-pending-notifications';

let carrier: TencentSmsStandIn;
let server: TestServer;
let api: ReturnType<typeof httpClient>;
let countyToken: string;

beforeAll(async () => {
  carrier = await startTencentSmsStandIn();
  server = await startTestServer(carrier.env);
  await seedCounty(server);
  api = httpClient(server.baseUrl);
  countyToken = await signInStaff(server, 'county');
}, 120_000);
afterAll(async () => {
  await server?.close();
  await carrier.close();
});

/** A family signs in on the portal with the code the carrier delivered, and submits an application. */
async function submittedBy(phone: string): Promise<{ id: string; reference: string }> {
  await api.post('/api/auth/sms-codes', { phone });
  const code = carrier.sent.filter((message) => message.phone === `+86${phone}`).at(-1)!.params[0];
  const token = (await api.post('/api/auth/sms-login', { phone, code })).body.accessToken as string;
  const id = await startDraft(server, token);
  const submitted = await submitDraft(server, token, id);
  await relayCaseNotifications(server.deps);
  return { id, reference: submitted.reference };
}

const notificationOf = async (applicationId: string) => (await notificationModel(server.deps.db).find({ applicationId }).lean())[0]!;
const failedList = async () => (await api.get('/api/staff/failed-notifications', countyToken)).body;

describe('case steps reach the family as the approved template through Tencent Cloud SMS', () => {
  it('sends caseStep with the programme and the step, each parameter within the carrier’s 12 characters', async () => {
    const { id } = await submittedBy('13900000011');
    // The demo county's own pending messages go too.
    expect(await sendPendingNotifications(server.deps)).toMatchObject({ failed: 0 });
    const message = carrier.sent.filter((sent) => sent.phone === '+8613900000011').at(-1)!;
    expect(message.templateId).toBe(carrier.templates.caseStep);
    // 事实无人抚养儿童基本生活补贴 is 14 characters: it is cut, its end marked, and the carrier takes it.
    expect(message.params).toEqual(['事实无人抚养儿童基本生…', '已提交，等待核实']);
    expect((await notificationOf(id)).status).toBe('sent');
  });

  it('rate-limited by the carrier: staff see it waiting for its retry, and it goes out once later', async () => {
    const { id, reference } = await submittedBy('13900000012');
    carrier.failNext('LimitExceeded.PhoneNumberDailyLimit');
    const now = new Date();
    expect(await sendPendingNotifications(server.deps, undefined, now)).toMatchObject({ sent: 0, failed: 1 });
    const waiting = (await failedList()).notifications.find((n: { applicationId: string }) => n.applicationId === id);
    expect(waiting).toMatchObject({ caseReference: reference, channel: 'sms', willRetry: true, lastError: expect.stringMatching(/^LimitExceeded\.PhoneNumberDailyLimit/) });
    const sentBefore = carrier.sent.length;
    expect(await sendPendingNotifications(server.deps, undefined, new Date(now.getTime() + 10 * 60_000))).toMatchObject({ sent: 1 });
    expect(carrier.sent.length).toBe(sentBefore + 1);
    expect((await failedList()).notifications.map((n: { id: string }) => n.id)).not.toContain(waiting.id);
  });

  it('a carrier that does not answer in time: retried, never lost', async () => {
    const { id } = await submittedBy('13900000013');
    carrier.failNext('Timeout');
    const now = new Date();
    expect(await sendPendingNotifications(server.deps, undefined, now)).toMatchObject({ failed: 1 });
    expect(await notificationOf(id)).toMatchObject({ status: 'failed', retryAt: expect.any(Date) });
    expect(await sendPendingNotifications(server.deps, undefined, new Date(now.getTime() + 10 * 60_000))).toMatchObject({ sent: 1 });
  });

  it('a template the carrier refuses is not retried; county staff see it given up, to reach the family another way', async () => {
    const { id, reference } = await submittedBy('13900000014');
    carrier.failNext('FailedOperation.TemplateIncorrectOrUnapproved');
    const now = new Date();
    expect(await sendPendingNotifications(server.deps, undefined, now)).toMatchObject({ failed: 1 });
    expect(await sendPendingNotifications(server.deps, undefined, new Date(now.getTime() + 24 * 3600_000))).toMatchObject({ sent: 0, failed: 0 });
    const list = await failedList();
    expect(list.notifications.find((n: { applicationId: string }) => n.applicationId === id)).toMatchObject({
      caseReference: reference,
      willRetry: false,
      attempts: 1,
      lastError: expect.stringMatching(/^FailedOperation\.TemplateIncorrectOrUnapproved/),
    });
    expect(list.count).toBe(list.notifications.length);
    // Nothing of the message or the phone number is in the list.
    expect(JSON.stringify(list)).not.toContain('13900000014');
  });

  it('a village director does not see the county’s undelivered messages', async () => {
    const res = await api.get('/api/staff/failed-notifications', await signInStaff(server, 'director01'));
    expect(res.status).toBe(403);
  });
});
