import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '@ccs/shared';
import { signInFamily, signInStaff } from '../../test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../test-support/agreement-fixtures';
import { agreementContactGaps } from './agreement-contact-gaps';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
let parent: string;
let caregiver: string;
let otherFamily: string;
let director: string;

beforeAll(async () => {
  parent = await signInFamily(county.server, '13900000001');
  caregiver = await signInFamily(county.server, '13900000021');
  otherFamily = await signInFamily(county.server, '13900000002');
  director = await signInStaff(county.server, 'director01');
}, 120_000);

const today = toIsoDate(new Date());
const contact = (id: string, contactId: string, token: string, body: unknown = { kind: 'phone', with: 'child' }) =>
  county.api.call('POST', `/api/agreements/${id}/contacts/${contactId}`, { token, body });
const gapIds = async (token: string) =>
  (await county.api.get('/api/staff/agreement-contact-gaps', token)).body.children.map((c: { agreementId: string }) => c.agreementId);

/** An agreement both have signed, for a child named `name`, that began `daysAgo` days ago. */
async function signedAgreement(name: string, daysAgo = 0) {
  const id = randomUUID();
  const start = addDays(today, -daysAgo);
  const draft = await county.api.call('PUT', `/api/agreements/${id}`, { token: parent, body: draftFor([await addChild(county.server, parent, { name })], { period: { start, end: addDays(start, 365) } }) });
  expect(draft.status).toBe(201);
  const invitation = await county.api.post(`/api/agreements/${id}/invitation`, undefined, parent);
  await county.api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, caregiver);
  await county.api.post(`/api/agreements/${id}/signatures`, { party: 'caregiver', image: signaturePng, identity: grandmother }, caregiver);
  const signed = await county.api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parent);
  expect(signed.body.status).toBe('signed');
  return { id, start };
}

describe('weekly contact over HTTP', () => {
  it('records a contact once per contact id, and shows it as the last contact', async () => {
    const { id } = await signedAgreement('小兰');
    const contactId = randomUUID();
    const first = await contact(id, contactId, parent);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: contactId, kind: 'phone', kindLabel: '打电话', with: 'child' });
    const again = await contact(id, contactId, parent);
    expect(again.status).toBe(200);
    expect(again.body.at).toBe(first.body.at);
    const list = await county.api.get(`/api/agreements/${id}/contacts`, parent);
    expect(list.body).toMatchObject({ lastContactAt: first.body.at, daysSinceContact: 0, maxGapDays: 7 });
    expect(list.body.contacts).toHaveLength(1);
    // The caregiver may read it too.
    expect((await county.api.get(`/api/agreements/${id}/contacts`, caregiver)).body.contacts).toHaveLength(1);
  });

  it('refuses the caregiver, another family, and an agreement not yet signed', async () => {
    const { id } = await signedAgreement('小红');
    expect((await contact(id, randomUUID(), caregiver)).status).toBe(403);
    expect((await contact(id, randomUUID(), otherFamily)).status).toBe(404);
    expect((await county.api.get(`/api/agreements/${id}/contacts`, otherFamily)).status).toBe(404);
    const draftId = randomUUID();
    await county.api.call('PUT', `/api/agreements/${draftId}`, { token: parent, body: draftFor([await addChild(county.server, parent)]) });
    const early = await contact(draftId, randomUUID(), parent);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('AGREEMENT_NOT_IN_FORCE');
    expect((await contact(id, randomUUID(), parent, { kind: 'letter' })).status).toBe(400);
  });

  it('lists a child after more than 7 days without contact, not after a contact, and only to the village’s staff', async () => {
    const { id } = await signedAgreement('小军', 10);
    const gaps = await county.api.get('/api/staff/agreement-contact-gaps', director);
    expect(gaps.status).toBe(200);
    expect(gaps.body.maxGapDays).toBe(7);
    expect(gaps.body.children).toContainEqual(expect.objectContaining({ agreementId: id, name: '小军', daysSinceContact: 10, lastContactAt: null }));
    const otherDirector = await signInStaff(county.server, 'director02');
    expect(await gapIds(otherDirector)).not.toContain(id);
    expect((await county.api.get('/api/staff/agreement-contact-gaps', parent)).status).toBe(403);

    expect((await contact(id, randomUUID(), parent, { kind: 'video', with: 'both' })).status).toBe(201);
    expect(await gapIds(director)).not.toContain(id);
  });

  it('counts the days from the start, then from the last contact (time injected)', async () => {
    const { id, start } = await signedAgreement('小芳');
    const principal = { accountId: 'x', roles: ['childDirector' as const], regionScope: '520123103201' };
    const at = (date: string) => new Date(`${date}T04:00:00Z`);
    const listed = async (date: string) => (await agreementContactGaps(county.server.deps.db, principal, at(date))).children.find((c) => c.agreementId === id);
    expect(await listed(addDays(start, 7))).toBeUndefined();
    expect(await listed(addDays(start, 8))).toMatchObject({ name: '小芳', daysSinceContact: 8 });
    await contact(id, randomUUID(), parent);
    expect(await listed(addDays(today, 7))).toBeUndefined();
    expect(await listed(addDays(today, 8))).toMatchObject({ daysSinceContact: 8, lastContactAt: expect.any(String) });
  });
});
