import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { residentIdFor, signInFamily, signInStaff } from '../../test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../test-support/agreement-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import { formatCheckCode } from '@ccs/shared/agreements/check-code';
import { agreementContentHash } from './agreement-content-hash';
import { agreementModel } from './agreement-model';
import { claimCheckCode } from './claim-check-code';

const county = seededCountySuite();
let parent: string;
let caregiver: string;
let director: string;

beforeAll(async () => {
  parent = await signInFamily(county.server, '13900000001');
  caregiver = await signInFamily(county.server, '13900000021');
  director = await signInStaff(county.server, 'director01');
}, 120_000);

const put = (id: string, body: unknown, token = parent) => county.api.call('PUT', `/api/agreements/${id}`, { token, body });
const sign = (id: string, body: unknown, token: string) => county.api.call('POST', `/api/agreements/${id}/signatures`, { token, body });
const asCaregiver = { party: 'caregiver', image: signaturePng, identity: { name: grandmother.name, residentId: grandmother.residentId } };
const asParent = { party: 'parent', image: signaturePng };

/** A draft by the parent, with the caregiver account joined by the invitation. */
async function invitedAgreement(caregiverToken = caregiver) {
  const id = randomUUID();
  const draft = await put(id, draftFor([await addChild(county.server, parent)]));
  expect(draft.status).toBe(201);
  const invitation = await county.api.call('POST', `/api/agreements/${id}/invitation`, { token: parent });
  expect(invitation.status).toBe(201);
  const accepted = await county.api.call('POST', `/api/agreement-invitations/${invitation.body.token}/accept`, { token: caregiverToken });
  expect(accepted.status).toBe(200);
  return { id, token: invitation.body.token as string };
}

describe('entrusted-care agreement over HTTP', () => {
  it('goes from draft to invitation, both signatures, the director’s 已存档 and coverage', async () => {
    const childId = await addChild(county.server, parent, { name: '小兰' });
    const id = randomUUID();
    const created = await put(id, draftFor([childId]));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', contentHash: null, verificationCode: null, viewerParty: 'parent', village: { code: '520123103201' } });
    expect(created.body.template.duties.length).toBeGreaterThanOrEqual(10);
    const again = await put(id, draftFor([childId]));
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(created.body.version);

    const invitation = await county.api.call('POST', `/api/agreements/${id}/invitation`, { token: parent });
    expect(invitation.body.url).toContain(`/#/packages/agreements/pages/invite/index?token=${invitation.body.token}`);
    const accepted = await county.api.call('POST', `/api/agreement-invitations/${invitation.body.token}/accept`, { token: caregiver });
    expect(accepted.body).toMatchObject({ caregiverJoined: true, viewerParty: 'caregiver' });
    const mine = await county.api.get('/api/agreements', caregiver);
    expect(mine.body.agreements.map((a: { id: string }) => a.id)).toContain(id);
    // The caregiver sees names and masked ID numbers only.
    expect(JSON.stringify(mine.body)).not.toContain(grandmother.residentId);

    const first = await sign(id, asCaregiver, caregiver);
    expect(first.status).toBe(201);
    expect(first.body.status).toBe('awaitingSignatures');
    expect(first.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.body.signatures).toEqual([expect.objectContaining({ party: 'caregiver', name: grandmother.name, contentHash: first.body.contentHash })]);
    const repeat = await sign(id, asCaregiver, caregiver);
    expect(repeat.status).toBe(200);
    expect(repeat.body.signatures).toEqual(first.body.signatures);

    const both = await sign(id, asParent, parent);
    expect(both.body.status).toBe('signed');
    expect(both.body.signatures.map((s: { party: string }) => s.party)).toEqual(['parent', 'caregiver']);

    const queue = await county.api.get('/api/staff/agreements?status=signed', director);
    expect(queue.body.agreements.map((a: { id: string }) => a.id)).toContain(id);

    const code = both.body.verificationCode as string;
    const verified = await county.api.get(`/api/agreements/verify/${code}?hash=${both.body.contentHash}`);
    expect(verified.body).toMatchObject({ found: true, status: 'signed', matches: true, villageName: expect.any(String) });
    expect(verified.body.signatures.map((s: { name: string }) => s.name)).toEqual(['王*', '王*兰']);
    // No ID number anywhere (the hex hash is left out: it can hold 18 digits in a row by chance).
    expect(JSON.stringify({ ...verified.body, contentHash: null })).not.toMatch(/\d{17}[\dX]/);

    const filed = await county.api.post(`/api/staff/agreements/${id}/acknowledge`, undefined, director);
    expect(filed.status).toBe(200);
    expect(filed.body).toMatchObject({ status: 'filed', statusLabel: '已存档' });
    const filedAgain = await county.api.post(`/api/staff/agreements/${id}/acknowledge`, undefined, director);
    expect(filedAgain.body.filedAt).toBe(filed.body.filedAt);
    expect((await county.api.get('/api/staff/agreements?status=signed', director)).body.agreements.map((a: { id: string }) => a.id)).not.toContain(id);
    expect((await county.api.get(`/api/agreements/${id}`, parent)).body.status).toBe('filed');

    const coverage = await county.api.get('/api/staff/agreement-coverage', director);
    expect(coverage.body.village.code).toBe('520123103201');
    expect(coverage.body.children).toContainEqual(expect.objectContaining({ childId, covered: true, agreementId: id, status: 'filed' }));

    const late = await put(id, draftFor([childId], { emergencyContacts: [{ name: '李四', phone: '13900000023', relation: '邻居' }] }));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('AGREEMENT_NOT_EDITABLE');
  });

  it('refuses a caregiver whose name or ID number differs from what the parent entered', async () => {
    const { id } = await invitedAgreement();
    const wrongId = await sign(id, { ...asCaregiver, identity: { name: grandmother.name, residentId: residentIdFor('1961-05-01', '224') } }, caregiver);
    expect(wrongId.status).toBe(400);
    expect(wrongId.body.code).toBe('IDENTITY_MISMATCH');
    const wrongName = await sign(id, { ...asCaregiver, identity: { name: '王桂芬', residentId: grandmother.residentId } }, caregiver);
    expect(wrongName.body.code).toBe('IDENTITY_MISMATCH');
    const none = await sign(id, { party: 'caregiver', image: signaturePng }, caregiver);
    expect(none.body.code).toBe('IDENTITY_MISMATCH');
    const asWrongParty = await sign(id, asParent, caregiver);
    expect(asWrongParty.status).toBe(403);
    expect((await county.api.get(`/api/agreements/${id}`, parent)).body).toMatchObject({ status: 'draft', signatures: [] });
  });

  it('voids every signature when the parent edits after the first one, and the old copy no longer verifies', async () => {
    const { id } = await invitedAgreement();
    const before = await county.api.get(`/api/agreements/${id}`, parent);
    await sign(id, asParent, parent);
    const sealed = await sign(id, asCaregiver, caregiver);
    expect(sealed.body.status).toBe('signed');
    const oldHash = sealed.body.contentHash as string;

    const edited = await put(id, { ...draftFor(before.body.children.map((c: { id: string }) => c.id)), period: { ...before.body.period, end: '2099-12-31' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ status: 'awaitingSignatures', signatures: [] });
    expect(edited.body.voidedSignatures).toHaveLength(2);
    expect(edited.body.contentHash).not.toBe(oldHash);
    expect(edited.body.version).toBe(sealed.body.version + 1);

    const stale = await sign(id, { ...asCaregiver, expectedVersion: sealed.body.version }, caregiver);
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('AGREEMENT_CHANGED');
    const oldCopy = await county.api.get(`/api/agreements/verify/${edited.body.verificationCode}?hash=${oldHash}`);
    expect(oldCopy.body).toMatchObject({ found: true, matches: false, status: 'awaitingSignatures', signatures: [] });
    const tampered = await county.api.get(`/api/agreements/verify/${edited.body.verificationCode}?hash=${'0'.repeat(64)}`);
    expect(tampered.body.matches).toBe(false);
    expect((await county.api.get('/api/agreements/verify/ZZZZZZZZZZ')).body).toMatchObject({ found: false });
  });

  it('checks a paper copy by its 8-character 防伪码, typed any way; the full hash still works; a wrong one is said plainly', async () => {
    const { id } = await invitedAgreement();
    const draft = await county.api.get(`/api/agreements/${id}`, parent);
    expect(draft.body.checkCode).toBeNull();
    await sign(id, asParent, parent);
    const sealed = await sign(id, asCaregiver, caregiver);
    const checkCode = sealed.body.checkCode as string;
    // Grouped 4 + 4 from an alphabet without 0/O, 1/I/L.
    expect(checkCode).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect((await county.api.get(`/api/agreements/${id}`, caregiver)).body.checkCode).toBe(checkCode);
    const verify = (typed: string) => county.api.get(`/api/agreements/verify/${sealed.body.verificationCode}?hash=${encodeURIComponent(typed)}`);

    const page = await verify(checkCode);
    expect(page.body).toMatchObject({ found: true, checkCode, contentHash: sealed.body.contentHash, matches: true });
    for (const typed of [checkCode.replace('-', '').toLowerCase(), ` ${checkCode.toLowerCase()} `, checkCode.replace('-', ' ')]) {
      expect((await verify(typed)).body.matches, typed).toBe(true);
    }
    expect((await verify(sealed.body.contentHash)).body.matches).toBe(true);

    // A code of the right shape that is not this copy's: 不一致, not an error.
    const other = checkCode.startsWith('A') ? `B${checkCode.slice(1)}` : `A${checkCode.slice(1)}`;
    expect((await verify(other)).body).toMatchObject({ found: true, matches: false });
    // What cannot be a 防伪码 is refused in words a person can act on.
    const misread = await verify('K7PX-3MQ0');
    expect(misread.status).toBe(400);
    expect(JSON.stringify(misread.body)).toContain('防伪码里没有数字0、1，也没有字母O、I、L');
    const short = await verify('K7PX');
    expect(short.status).toBe(400);
    expect(JSON.stringify(short.body)).toContain('防伪码是8位字母和数字');

    // Edited after signing: a new code; the old paper's code no longer matches.
    const edited = await put(id, { ...draftFor(draft.body.children.map((c: { id: string }) => c.id)), period: { ...draft.body.period, end: '2099-12-31' } });
    expect(edited.body.checkCode).not.toBe(checkCode);
    expect(edited.body.checkCode).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect((await verify(checkCode)).body.matches).toBe(false);
    expect((await verify(edited.body.checkCode)).body.matches).toBe(true);
  });

  it('never gives two agreements one 防伪码: a code another content already holds is passed over', async () => {
    const { id } = await invitedAgreement();
    const contentHash = agreementContentHash((await agreementModel(county.server.deps.db).findById(id).lean())!);
    // Another agreement already holds the code this content would be given first (as two hashes might share it).
    const squatted = formatCheckCode(await claimCheckCode(county.server.deps.db, randomUUID(), contentHash));
    const sealed = await sign(id, asParent, parent);
    expect(sealed.body.contentHash).toBe(contentHash);
    expect(sealed.body.checkCode).not.toBe(squatted);
    expect((await county.api.get(`/api/agreements/${id}`, parent)).body.checkCode).toBe(sealed.body.checkCode);
    const verify = (typed: string) => county.api.get(`/api/agreements/verify/${sealed.body.verificationCode}?hash=${typed}`);
    expect((await verify(sealed.body.checkCode)).body.matches).toBe(true);
    expect((await verify(squatted)).body.matches).toBe(false);
  });

  it('keeps a caregiver and other families out of agreements they are not party to', async () => {
    const other = await signInFamily(county.server, '13900000031');
    const mine = await invitedAgreement();
    const theirs = await invitedAgreement(other);
    expect((await county.api.get(`/api/agreements/${theirs.id}`, caregiver)).status).toBe(404);
    expect((await sign(theirs.id, asCaregiver, caregiver)).status).toBe(404);
    expect((await county.api.get(`/api/agreements/${mine.id}`, other)).status).toBe(404);
    expect((await county.api.get('/api/agreements', other)).body.agreements.map((a: { id: string }) => a.id)).toEqual([theirs.id]);
    // The link passed on after the caregiver accepted opens nothing.
    const reused = await county.api.post(`/api/agreement-invitations/${mine.token}/accept`, undefined, other);
    expect(reused.status).toBe(404);
    expect(reused.body.code).toBe('INVITATION_INVALID');
    expect((await county.api.post(`/api/agreement-invitations/${'x'.repeat(32)}/accept`, undefined, other)).body.code).toBe('INVITATION_INVALID');
    // A caregiver cannot invite or edit.
    expect((await county.api.post(`/api/agreements/${mine.id}/invitation`, undefined, caregiver)).status).toBe(404);
    expect((await put(mine.id, draftFor([randomUUID()]), caregiver)).status).toBe(404);
  });

  it('refuses a director of another village, and archiving before both have signed', async () => {
    const { id } = await invitedAgreement();
    const otherDirector = await signInStaff(county.server, 'director02');
    expect((await county.api.get(`/api/agreements/${id}`, otherDirector)).status).toBe(404);
    expect((await county.api.post(`/api/staff/agreements/${id}/acknowledge`, undefined, otherDirector)).status).toBe(404);
    await sign(id, asParent, parent);
    expect((await county.api.get('/api/staff/agreements', otherDirector)).body.agreements.map((a: { id: string }) => a.id)).not.toContain(id);
    const early = await county.api.post(`/api/staff/agreements/${id}/acknowledge`, undefined, director);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('AGREEMENT_NOT_SIGNED');
    expect((await county.api.get(`/api/agreements/${id}`, director)).body.viewerParty).toBe('staff');
  });

  it('checks the parties by ID number on the start date, and takes only the parent’s own children', async () => {
    const childId = await addChild(county.server, parent);
    const minor = await put(randomUUID(), draftFor([childId], { caregiver: { name: '王小', residentId: residentIdFor('2010-01-01', '331'), phone: '13900000041', relation: 'otherRelative' } }));
    expect(minor.status).toBe(400);
    expect(minor.body.code).toBe('CAREGIVER_NOT_ADULT');
    const old = await addChild(county.server, parent, { birthDate: '2008-01-01' });
    const tooOld = await put(randomUUID(), draftFor([childId, old]));
    expect(tooOld.body).toMatchObject({ code: 'CHILD_TOO_OLD', fields: { 'body.children.1': expect.any(String) } });
    const someoneElses = await addChild(county.server, caregiver);
    expect((await put(randomUUID(), draftFor([someoneElses]))).status).toBe(404);
    const backwards = await put(randomUUID(), draftFor([childId], { period: { start: '2027-01-01', end: '2026-01-01' } }));
    expect(backwards.body.code).toBe('VALIDATION_FAILED');
  });
});
