import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '@ccs/shared';
import { signInFamily } from '../../test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../test-support/agreement-fixtures';
import { notificationModel } from '../notifications/notification-model';
import { remindExpiringAgreements, reminderDue } from './remind-expiring-agreements';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
let parent: string;
let caregiver: string;

beforeAll(async () => {
  parent = await signInFamily(county.server, '13900000001');
  caregiver = await signInFamily(county.server, '13900000021');
}, 120_000);

/** Beijing morning of a day, as the job would see it. */
const on = (date: string) => new Date(`${date}T09:00:00+08:00`);

/** A signed agreement running from today for `days` days. */
async function signedAgreement(days: number) {
  const today = toIsoDate(new Date());
  const id = randomUUID();
  await county.api.call('PUT', `/api/agreements/${id}`, { token: parent, body: draftFor([await addChild(county.server, parent)], { period: { start: today, end: addDays(today, days) } }) });
  const invitation = await county.api.call('POST', `/api/agreements/${id}/invitation`, { token: parent });
  await county.api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, caregiver);
  await county.api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parent);
  const signed = await county.api.post(`/api/agreements/${id}/signatures`, { party: 'caregiver', image: signaturePng, identity: grandmother }, caregiver);
  expect(signed.body.status).toBe('signed');
  return { id, end: addDays(today, days) };
}

const remindersOf = (agreementId: string) => notificationModel(county.server.deps.db).find({ agreementId }).sort({ event: 1 }).lean();

describe('reminders before an agreement ends, and expiry', () => {
  it.each([
    { name: '31 days before the end nothing is due', before: 31, due: null },
    { name: '30 days before the end the 30-day reminder is due', before: 30, due: 'agreementExpiring30' },
    { name: '8 days before the end it is still the 30-day one', before: 8, due: 'agreementExpiring30' },
    { name: '7 days before the end the 7-day reminder is due', before: 7, due: 'agreementExpiring7' },
    { name: 'on the last day it is the 7-day one', before: 0, due: 'agreementExpiring7' },
    { name: 'the day after the end it has expired', before: -1, due: 'agreementExpired' },
  ])('$name', ({ before, due }) => {
    expect(reminderDue('2027-06-30', addDays('2027-06-30', -before))).toBe(due);
  });

  it('tells the parent and the village director 30 and 7 days before the end, once each, then marks it expired', async () => {
    const { id, end } = await signedAgreement(60);
    await remindExpiringAgreements(county.server.deps, on(addDays(end, -31)));
    expect(await remindersOf(id)).toHaveLength(0);

    await remindExpiringAgreements(county.server.deps, on(addDays(end, -30)));
    await remindExpiringAgreements(county.server.deps, on(addDays(end, -29)));
    const first = await remindersOf(id);
    // One to the parent, one to 王秀英, the village's director.
    expect(first.map((n) => n.event)).toEqual(['agreementExpiring30', 'agreementExpiring30']);
    expect(first.map((n) => n.text).join('\n')).toContain('请提醒家长续签');
    expect(first.map((n) => n.text).join('\n')).toContain(`将于${end}到期（还有30天）`);

    await remindExpiringAgreements(county.server.deps, on(addDays(end, -7)));
    await remindExpiringAgreements(county.server.deps, on(addDays(end, -7)));
    expect((await remindersOf(id)).filter((n) => n.event === 'agreementExpiring7')).toHaveLength(2);
    expect((await county.api.get(`/api/agreements/${id}`, parent)).body.status).toBe('signed');

    await remindExpiringAgreements(county.server.deps, on(addDays(end, 1)));
    expect((await county.api.get(`/api/agreements/${id}`, parent)).body).toMatchObject({ status: 'expired', statusLabel: '已到期' });
    const expired = (await remindersOf(id)).filter((n) => n.event === 'agreementExpired');
    expect(expired).toHaveLength(2);
    expect(expired.some((n) => n.text.includes('请尽快和照护人重新签一份协议'))).toBe(true);
    await remindExpiringAgreements(county.server.deps, on(addDays(end, 2)));
    expect(await remindersOf(id)).toHaveLength(6);
  });

  it('sends nothing for a draft nobody signed', async () => {
    const today = toIsoDate(new Date());
    const id = randomUUID();
    await county.api.call('PUT', `/api/agreements/${id}`, { token: parent, body: draftFor([await addChild(county.server, parent)], { period: { start: today, end: addDays(today, 20) } }) });
    await remindExpiringAgreements(county.server.deps, on(addDays(today, 15)));
    expect(await remindersOf(id)).toHaveLength(0);
  });
});
