import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCounty, signInFamily } from '../../test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../test-support/agreement-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { startTencentSmsStandIn, type TencentSmsStandIn } from '../../test-support/tencent-sms-stand-in';
import { httpClient } from '../../test-support/http-client';
import { notificationModel } from '../notifications/notification-model';
import { agreementKeyModel } from './agreement-key-model';

const county = seededCountySuite();
let parent: string;
let caregiver: string;
let stranger: string;

beforeAll(async () => {
  parent = await signInFamily(county.server, '13900000001');
  caregiver = await signInFamily(county.server, '13900000021');
  stranger = await signInFamily(county.server, '13900000031');
}, 120_000);

interface LoggedSms {
  phone: string;
  template: string;
  params: Record<string, string>;
  text: string;
}
/** The invitation SMS the server's recording sender has sent for the caregiver's phone so far. */
const invitationsSent = (phone = '13900000021'): LoggedSms[] =>
  county.server.logLines
    .map((line) => line.sms as LoggedSms | undefined)
    .filter((sms): sms is LoggedSms => sms?.template === 'caregiverInvitation' && sms.phone === phone);

const invite = (id: string, body?: unknown) => county.api.call('POST', `/api/agreements/${id}/invitation`, { token: parent, body });
/** Moves every invitation SMS of the agreement back in time, as if the parent waited that long. */
const waitMinutes = (id: string, minutes: number) =>
  agreementKeyModel(county.server.deps.db)
    .find({ agreementId: id })
    .lean()
    .then((keys) =>
      Promise.all(
        keys
          .filter((key) => key._id.includes(':invitationSms:'))
          .map((key) => agreementKeyModel(county.server.deps.db).updateOne({ _id: key._id }, { $set: { createdAt: new Date(key.createdAt.getTime() - minutes * 60_000) } })),
      ),
    );

async function draftAgreement(name = '王小雨'): Promise<string> {
  const id = randomUUID();
  const draft = await county.api.put(`/api/agreements/${id}`, draftFor([await addChild(county.server, parent, { name })]), parent);
  expect(draft.status).toBe(201);
  return id;
}

describe('the invitation SMS to the caregiver’s phone', () => {
  it('goes once as the approved template, with masked names and a code that opens the invitation', async () => {
    const id = await draftAgreement('王小雨');
    const before = invitationsSent().length;
    const first = await invite(id);
    expect(first.status).toBe(201);
    expect(first.body.sms).toMatchObject({ maskedPhone: '139****0021', sentAt: expect.any(String), resendAt: expect.any(String) });
    // A weak network repeats the request: the link is new, no second SMS goes.
    const retried = await invite(id);
    expect(retried.status).toBe(201);
    expect(retried.body.sms.sentAt).toBe(first.body.sms.sentAt);
    const sent = invitationsSent().slice(before);
    expect(sent).toHaveLength(1);
    const sms = sent[0]!;
    expect(sms.params).toMatchObject({ parent: '母亲王*', child: '王*雨', days: '30' });
    expect(sms.params.inviteCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    // Every parameter fits the carriers' shortest limit; no full name or ID number in the text.
    for (const value of Object.values(sms.params)) expect([...value].length).toBeLessThanOrEqual(12);
    expect(sms.text).toMatch(/^【儿童关爱服务】孩子的母亲王\*请您照顾王\*雨/);
    expect(sms.text).not.toContain('王小雨');
    expect(sms.text).not.toContain(grandmother.residentId);

    // The code, typed in lower case without its dash, opens the same invitation: first what the page says, then the agreement.
    const typed = sms.params.inviteCode!.replace('-', '').toLowerCase();
    const preview = await county.api.get(`/api/agreement-invitations/${typed}`);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      parent: { name: '王芳', role: '母亲' },
      caregiverName: grandmother.name,
      children: ['王小雨'],
      period: draftFor([]).period,
    });
    const accepted = await county.api.post(`/api/agreement-invitations/${typed}/accept`, undefined, caregiver);
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id, viewerParty: 'caregiver', caregiverJoined: true });
  });

  it('is sent again on request only after the wait, and at most as often as the parameters allow', async () => {
    const id = await draftAgreement('王小雪');
    const before = invitationsSent().length;
    await invite(id);
    const tooSoon = await invite(id, { resendSms: true });
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.body.code).toBe('INVITATION_SMS_WAIT');
    expect(tooSoon.body.message).toContain('10分钟');
    expect(Number(tooSoon.headers.get('retry-after'))).toBeGreaterThan(590);

    // agreements.invitation_sms_resend_minutes (10) later a second one goes, with a code of its own; both codes open it.
    await waitMinutes(id, 11);
    const again = await invite(id, { resendSms: true });
    expect(again.status).toBe(201);
    const codes = invitationsSent().slice(before).map((sms) => sms.params.inviteCode);
    expect(codes).toHaveLength(2);
    expect(codes[0]).not.toBe(codes[1]);
    for (const code of codes) expect((await county.api.get(`/api/agreement-invitations/${code}`)).status).toBe(200);

    // agreements.invitation_sms_max (5) in all: after the fifth, none, and the answer says no more will go.
    for (let n = 3; n <= 5; n += 1) {
      await waitMinutes(id, 11);
      expect((await invite(id, { resendSms: true })).status).toBe(201);
    }
    await waitMinutes(id, 11);
    const over = await invite(id, { resendSms: true });
    expect(over.status).toBe(429);
    expect(over.body.code).toBe('INVITATION_SMS_LIMIT');
    expect((await invite(id)).body.sms.resendAt).toBeNull();
    expect(invitationsSent().slice(before)).toHaveLength(5);
  });

  it('refuses a code that was never sent, and the invitation of an agreement that is not the parent’s', async () => {
    expect((await county.api.get('/api/agreement-invitations/ABCDE-FGH23')).body.code).toBe('INVITATION_INVALID');
    expect((await county.api.get('/api/agreement-invitations/abc')).body.code).toBe('VALIDATION_FAILED');
    const id = await draftAgreement('王小云');
    const notHers = await county.api.post(`/api/agreements/${id}/invitation`, undefined, stranger);
    expect(notHers.status).toBe(404);
  });
});

describe('the invitation SMS through the carrier (Tencent Cloud stand-in)', () => {
  let carrier: TencentSmsStandIn;
  let server: TestServer;
  beforeAll(async () => {
    carrier = await startTencentSmsStandIn();
    server = await startTestServer(carrier.env);
    await seedCounty(server);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await carrier?.close();
  });

  it('fits the approved template; when the carrier does not take it the link still works and the next request sends it', async () => {
    const api = httpClient(server.baseUrl);
    // Signed in with the code the carrier delivered (nothing reaches the log with a real carrier).
    await api.post('/api/auth/sms-codes', { phone: '13900000001' });
    const code = carrier.sent.filter((message) => message.phone === '+8613900000001').at(-1)!.params[0];
    const mother = (await api.post('/api/auth/sms-login', { phone: '13900000001', code })).body.accessToken as string;
    const id = randomUUID();
    expect((await api.put(`/api/agreements/${id}`, draftFor([await addChild(server, mother, { name: '王小雨' })]), mother)).status).toBe(201);
    const toCaregiver = () => carrier.sent.filter((message) => message.phone === '+8613900000021' && message.templateId === carrier.templates.caregiverInvitation);

    carrier.failNext('Timeout');
    const unsent = await api.post(`/api/agreements/${id}/invitation`, {}, mother);
    expect(unsent.status).toBe(201);
    expect(unsent.body).toMatchObject({ token: expect.any(String), sms: null });
    expect(toCaregiver()).toHaveLength(0);

    const sent = await api.post(`/api/agreements/${id}/invitation`, {}, mother);
    expect(sent.body.sms).toMatchObject({ maskedPhone: '139****0021' });
    expect(toCaregiver()).toHaveLength(1);
    expect(toCaregiver()[0]!.params).toEqual(['母亲王*', '王*雨', expect.stringMatching(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/), '30']);

    // A re-send the carrier refuses says so in words, never a 500.
    await agreementKeyModel(server.deps.db).updateMany({ agreementId: id }, { $set: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    carrier.failNext('LimitExceeded.PhoneNumberDailyLimit');
    const refused = await api.post(`/api/agreements/${id}/invitation`, { resendSms: true }, mother);
    expect(refused.status).toBe(503);
    expect(refused.body.code).toBe('INVITATION_SMS_NOT_SENT');
    expect(toCaregiver()).toHaveLength(1);
  });
});

describe('the caregiver declines', () => {
  async function joinedAgreement(name: string): Promise<{ id: string; token: string }> {
    const id = await draftAgreement(name);
    const { body } = await invite(id);
    expect((await county.api.post(`/api/agreement-invitations/${body.token}/accept`, undefined, caregiver)).status).toBe(200);
    return { id, token: body.token as string };
  }
  const decline = (id: string, token: string, reason?: string) => county.api.post(`/api/agreements/${id}/decline`, reason ? { reason } : {}, token);

  it('with a reason from the list: the agreement reads declined, the parent is told once, a repeat gives the first answer', async () => {
    const { id, token } = await joinedAgreement('王小梅');
    const declined = await decline(id, caregiver, 'health');
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', statusLabel: '照护人没有答应', declined: { reason: '身体不好，照顾不了' } });
    const repeat = await decline(id, caregiver, 'busy');
    expect(repeat.status).toBe(200);
    expect(repeat.body.declined).toEqual(declined.body.declined);

    const seen = await county.api.get(`/api/agreements/${id}`, parent);
    expect(seen.body).toMatchObject({ status: 'declined', declined: { reason: '身体不好，照顾不了' } });
    const notices = await notificationModel(county.server.deps.db).find({ agreementId: id, event: 'caregiverDeclined' }).lean();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain(`${grandmother.name}没有答应照顾王小梅（身体不好，照顾不了）`);
    expect(notices[0]!.text).toContain('另请一位照护人');

    // Nothing more can happen to it: no signature, no new invitation, the old link opens nothing.
    const signing = await county.api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parent);
    expect(signing.body.code).toBe('AGREEMENT_NOT_EDITABLE');
    expect((await invite(id)).body.code).toBe('AGREEMENT_NOT_EDITABLE');
    expect((await county.api.get(`/api/agreement-invitations/${token}`)).body.code).toBe('INVITATION_INVALID');
  });

  it('without a reason; an unknown reason is refused in words', async () => {
    const { id } = await joinedAgreement('王小兰');
    const unknown = await decline(id, caregiver, 'bored');
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('VALIDATION_FAILED');
    const declined = await decline(id, caregiver);
    expect(declined.body).toMatchObject({ status: 'declined', declined: { reason: null } });
  });

  it('only by the invited caregiver, and not once she has signed', async () => {
    const { id } = await joinedAgreement('王小竹');
    const byParent = await decline(id, parent, 'health');
    expect(byParent.status).toBe(403);
    expect(byParent.body.code).toBe('FORBIDDEN');
    const byStranger = await decline(id, stranger, 'health');
    expect(byStranger.status).toBe(404);

    // As the app signs: her ID number confirms who she is (her name is shown, not typed).
    const signed = await county.api.post(`/api/agreements/${id}/signatures`, { party: 'caregiver', image: signaturePng, identity: { residentId: grandmother.residentId } }, caregiver);
    expect(signed.status).toBe(201);
    const afterSigning = await decline(id, caregiver, 'health');
    expect(afterSigning.status).toBe(409);
    expect(afterSigning.body.code).toBe('AGREEMENT_ALREADY_SIGNED');
    expect(afterSigning.body.message).toContain('您已经在协议上签了字');
    expect((await county.api.get(`/api/agreements/${id}`, parent)).body.status).toBe('awaitingSignatures');
  });
});
