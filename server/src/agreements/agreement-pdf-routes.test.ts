import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInFamily, signInStaff } from '../../test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../test-support/agreement-fixtures';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
let parent: string;
let caregiver: string;

beforeAll(async () => {
  parent = await signInFamily(county.server, '13900000001');
  caregiver = await signInFamily(county.server, '13900000031');
}, 120_000);

/** The PDF's bytes (the JSON client would mangle them), or the error body. */
async function downloadPdf(id: string, token?: string) {
  const response = await fetch(`${county.server.baseUrl}/api/agreements/${id}/pdf`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, type: response.headers.get('content-type'), bytes };
}

const pdfText = (bytes: Buffer) => execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });

/** Drafted by the parent, the caregiver invited and joined, both signed. */
async function signedAgreement() {
  const id = randomUUID();
  await county.api.put(`/api/agreements/${id}`, draftFor([await addChild(county.server, parent, { name: '小雨' })]), parent);
  const invitation = await county.api.call('POST', `/api/agreements/${id}/invitation`, { token: parent });
  await county.api.call('POST', `/api/agreement-invitations/${invitation.body.token}/accept`, { token: caregiver });
  const identity = { name: grandmother.name, residentId: grandmother.residentId };
  await county.api.post(`/api/agreements/${id}/signatures`, { party: 'caregiver', image: signaturePng, identity }, caregiver);
  const signed = await county.api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parent);
  expect(signed.body.status).toBe('signed');
  return { id, agreement: signed.body };
}

describe('GET /api/agreements/:agreementId/pdf', () => {
  it('gives the parties and the village director the signed agreement with its hash and verification link', async () => {
    const { id, agreement } = await signedAgreement();
    const asParent = await downloadPdf(id, parent);
    expect(asParent.status).toBe(200);
    expect(asParent.type).toBe('application/pdf');
    expect(asParent.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(asParent.bytes);
    expect(text).toContain('委托照护协议');
    expect(text).toContain('小雨');
    expect(text).toContain(grandmother.name);
    expect(text).not.toContain(grandmother.residentId);
    expect(text).not.toContain('还没有全部签字');
    const flat = text.replace(/\s/g, '');
    expect(flat).toContain(agreement.contentHash);
    expect(flat).toContain(`${county.server.baseUrl}/#/packages/agreements/pages/verify/index?code=${agreement.verificationCode}`);

    expect((await downloadPdf(id, caregiver)).status).toBe(200);
    expect((await downloadPdf(id, await signInStaff(county.server, 'director01'))).status).toBe(200);
  });

  it('says on a draft that it is not signed yet', async () => {
    const id = randomUUID();
    await county.api.put(`/api/agreements/${id}`, draftFor([await addChild(county.server, parent)]), parent);
    const draft = await downloadPdf(id, parent);
    expect(draft.status).toBe(200);
    expect(pdfText(draft.bytes)).toContain('还没有全部签字');
  });

  it('refuses anyone else: another family, a director of another village, nobody signed in', async () => {
    const { id } = await signedAgreement();
    expect((await downloadPdf(id, await signInFamily(county.server, '13900000002'))).status).toBe(404);
    expect((await downloadPdf(id, await signInStaff(county.server, 'director02'))).status).toBe(404);
    expect((await downloadPdf(id)).status).toBe(401);
    expect((await downloadPdf(randomUUID(), parent)).status).toBe(404);
  });
});
