import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { toIsoDate } from '@ccs/shared';
import { residentIdFor, signInFamily, signInStaff } from '../../test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../test-support/agreement-fixtures';
import { notificationModel } from '../notifications/notification-model';
import { identityModel } from '../auth/account-model';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
let parent: string;
let caregiver: string;
let newCaregiver: string;
let director: string;

beforeAll(async () => {
  parent = await signInFamily(county.server, '13900000001');
  caregiver = await signInFamily(county.server, '13900000021');
  newCaregiver = await signInFamily(county.server, '13900000031');
  director = await signInStaff(county.server, 'director01');
}, 120_000);

const aunt = { name: '王秀兰', residentId: residentIdFor('1975-03-03', '246') };

/** A draft for `children` signed by the parent and by the caregiver account that accepted the invitation. */
async function signedAgreement(children: string[], who = grandmother, caregiverToken = caregiver, extra: object = {}) {
  const id = randomUUID();
  const draft = draftFor(children, { caregiver: { ...who, phone: '13900000021', relation: 'otherRelative' }, ...extra });
  const created = await county.api.call('PUT', `/api/agreements/${id}`, { token: parent, body: draft });
  expect(created.status).toBe(201);
  const invitation = await county.api.post(`/api/agreements/${id}/invitation`, undefined, parent);
  await county.api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, caregiverToken);
  await county.api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parent);
  const signed = await county.api.post(`/api/agreements/${id}/signatures`, { party: 'caregiver', image: signaturePng, identity: who }, caregiverToken);
  expect(signed.body.status).toBe('signed');
  return id;
}

const noticesOf = (agreementId: string, event: string) => notificationModel(county.server.deps.db).find({ agreementId, event }).lean();
// The phone number is stored sealed on the account; the sign-in identity finds it through its keyed hash.
const accountIdOf = async (phone: string) => (await identityModel(county.server.deps.db).findOne({ kind: 'phone', value: phone }).lean())!.accountId.toString();

describe('keeping an agreement alive (issue 4 §6)', () => {
  it('the parent ends an agreement early with a reason, once; the director is told; a caregiver cannot end it', async () => {
    const id = await signedAgreement([await addChild(county.server, parent)]);
    const byCaregiver = await county.api.post(`/api/agreements/${id}/termination`, { reason: '我不想照顾了' }, caregiver);
    expect(byCaregiver.status).toBe(403);
    const byDirector = await county.api.post(`/api/agreements/${id}/termination`, { reason: '妈妈回家了' }, director);
    expect(byDirector.status).toBe(403);
    const noReason = await county.api.post(`/api/agreements/${id}/termination`, { reason: ' ' }, parent);
    expect(noReason.status).toBe(400);
    expect((await county.api.get(`/api/agreements/${id}`, parent)).body.status).toBe('signed');

    const ended = await county.api.post(`/api/agreements/${id}/termination`, { reason: '妈妈回家了，自己照顾孩子' }, parent);
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'terminated', statusLabel: '已终止', termination: { on: toIsoDate(new Date()), reason: '妈妈回家了，自己照顾孩子' } });
    const again = await county.api.post(`/api/agreements/${id}/termination`, { reason: '换个说法' }, parent);
    expect(again.status).toBe(200);
    expect(again.body.termination).toEqual(ended.body.termination);

    const told = await noticesOf(id, 'agreementTerminated');
    expect(told).toHaveLength(1);
    expect(told[0]!.recipientAccountId.toString()).not.toBe(await accountIdOf('13900000001'));
    expect(told[0]!.text).toContain('妈妈回家了，自己照顾孩子');
    // Ended: no more edits, no coverage, no second ending with another reason.
    const coverage = await county.api.get('/api/staff/agreement-coverage', director);
    expect(coverage.body.children.filter((c: { agreementId: string }) => c.agreementId === id).every((c: { covered: boolean }) => !c.covered)).toBe(true);
  });

  it('refuses to end a draft that nobody has signed', async () => {
    const id = randomUUID();
    await county.api.call('PUT', `/api/agreements/${id}`, { token: parent, body: draftFor([await addChild(county.server, parent)]) });
    const refused = await county.api.post(`/api/agreements/${id}/termination`, { reason: '妈妈回家了' }, parent);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('AGREEMENT_NOT_IN_FORCE');
  });

  it('the director marks the caregiver unable to care, the parent is told, and a new agreement with another caregiver supersedes the old one when signed', async () => {
    const childId = await addChild(county.server, parent, { name: '小芳' });
    const oldId = await signedAgreement([childId]);
    await county.api.post(`/api/staff/agreements/${oldId}/acknowledge`, undefined, director);

    const otherDirector = await signInStaff(county.server, 'director02');
    const outside = await county.api.post(`/api/staff/agreements/${oldId}/caregiver-unable`, { notes: '走访看到奶奶住院了' }, otherDirector);
    expect(outside.status).toBe(404);
    const byParent = await county.api.post(`/api/staff/agreements/${oldId}/caregiver-unable`, { notes: '奶奶住院了' }, parent);
    expect(byParent.status).toBe(403);

    const marked = await county.api.post(`/api/staff/agreements/${oldId}/caregiver-unable`, { notes: '11月23日走访：奶奶摔伤住院，孩子暂住邻居家' }, director);
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ status: 'filed', caregiverUnable: { notes: '11月23日走访：奶奶摔伤住院，孩子暂住邻居家' } });
    const repeat = await county.api.post(`/api/staff/agreements/${oldId}/caregiver-unable`, { notes: '又去了一次' }, director);
    expect(repeat.body.caregiverUnable).toEqual(marked.body.caregiverUnable);
    const told = await noticesOf(oldId, 'caregiverUnable');
    expect(told.map((n) => n.recipientAccountId.toString())).toEqual([await accountIdOf('13900000001')]);
    expect(told[0]!.text).toContain('更换照护人');
    expect((await county.api.get(`/api/agreements/${oldId}`, parent)).body.caregiverUnable).toEqual(marked.body.caregiverUnable);

    // 更换照护人: a new agreement naming the old one; until it is signed the old one stays in force.
    const newId = await signedAgreementLater(childId, oldId);
    expect((await county.api.get(`/api/agreements/${oldId}`, parent)).body).toMatchObject({ status: 'filed', supersededBy: null, pendingReplacement: newId });
    expect((await county.api.get(`/api/agreements/${oldId}`, director)).body.pendingReplacement).toBeNull();
    await county.api.post(`/api/agreements/${newId}/signatures`, { party: 'caregiver', image: signaturePng, identity: aunt }, newCaregiver);
    const old = await county.api.get(`/api/agreements/${oldId}`, parent);
    expect(old.body).toMatchObject({ status: 'superseded', statusLabel: '已由新协议代替', supersededBy: newId, pendingReplacement: null });
    expect((await county.api.get(`/api/agreements/${newId}`, parent)).body).toMatchObject({ status: 'signed', supersedes: oldId });
    const coverage = await county.api.get('/api/staff/agreement-coverage', director);
    expect(coverage.body.children).toContainEqual(expect.objectContaining({ childId, covered: true, agreementId: newId }));
    // A superseded agreement can be neither ended nor replaced again.
    expect((await county.api.post(`/api/agreements/${oldId}/termination`, { reason: '妈妈回家了' }, parent)).body.code).toBe('AGREEMENT_NOT_IN_FORCE');
    const again = await county.api.call('PUT', `/api/agreements/${randomUUID()}`, { token: parent, body: draftFor([childId], { supersedes: oldId }) });
    expect(again.body.code).toBe('AGREEMENT_NOT_IN_FORCE');
  });

  it('refuses to supersede another parent’s agreement', async () => {
    const oldId = await signedAgreement([await addChild(county.server, parent)]);
    const stranger = await signInFamily(county.server, '13900000002');
    const child = await addChild(county.server, stranger);
    const refused = await county.api.call('PUT', `/api/agreements/${randomUUID()}`, { token: stranger, body: draftFor([child], { supersedes: oldId }) });
    expect(refused.status).toBe(404);
  });
});

/** The replacement draft with the aunt as caregiver, invited and signed by the parent only. */
async function signedAgreementLater(childId: string, oldId: string): Promise<string> {
  const id = randomUUID();
  const body = draftFor([childId], { caregiver: { ...aunt, phone: '13900000031', relation: 'otherRelative' }, supersedes: oldId });
  const created = await county.api.call('PUT', `/api/agreements/${id}`, { token: parent, body });
  expect(created.status).toBe(201);
  expect(created.body.supersedes).toBe(oldId);
  const invitation = await county.api.post(`/api/agreements/${id}/invitation`, undefined, parent);
  await county.api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, newCaregiver);
  await county.api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parent);
  return id;
}
