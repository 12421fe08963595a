import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { fetchPhoto, jpegBytes, pngBytes, uploadPhoto } from '../../test-support/document-fixtures';
import { auditLogModel } from '../audit/audit-log-model';
import { applicationModel } from '../applications/application-model';
import { MAX_UPLOAD_BYTES } from './read-upload';
import { seededCountySuite } from '../../test-support/seeded-county-suite';

const county = seededCountySuite();
const tokens: Record<string, string> = {};

beforeAll(async () => {
  [tokens.wang, tokens.zhang] = await Promise.all([signInFamily(county.server, '13900000001'), signInFamily(county.server, '13900000002')]);
  for (const username of ['director01', 'director02', 'supervisor103']) tokens[username] = await signInStaff(county.server, username);
}, 120_000);

const photoPath = (applicationId: string, documentId: string) => `/api/applications/${applicationId}/documents/${documentId}`;
const remove = (applicationId: string, documentId: string, token: string) =>
  county.api.call('DELETE', photoPath(applicationId, documentId), { token });

describe('the family photographs its documents', () => {
  it('uploads a photo of the 户口簿 to its draft; a retry with the same id returns the same photo, listed once', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const bytes = jpegBytes(50_000);
    const first = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ id: first.documentId, kind: 'hukouBook', label: '户口簿', contentType: 'image/jpeg', size: 50_000, uploadedBy: 'family' });
    const retry = await uploadPhoto(county.server, tokens.wang!, { applicationId, documentId: first.documentId, kind: 'hukouBook', bytes });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);

    const application = await county.api.get(`/api/applications/${applicationId}`, tokens.wang);
    expect(application.body.documents).toEqual([first.body]);
    expect(application.body.requiredDocuments.find((d: { kind: string }) => d.kind === 'hukouBook').provided).toBe(true);

    const back = await fetchPhoto(county.server, tokens.wang!, applicationId, first.documentId);
    expect(back.status).toBe(200);
    expect(back.contentType).toBe('image/jpeg');
    expect(back.bytes.equals(bytes)).toBe(true);
    expect(back.headers.get('cache-control')).toContain('no-store');
  });

  it('accepts the POST Taro.uploadFile sends, and takes the type from the bytes, not from what the client claims', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const posted = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'imprisonmentProof', bytes: pngBytes(), contentType: 'image/jpeg', method: 'POST' });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ contentType: 'image/png', label: '判决书或服刑证明' });
  });

  it('three retries of one upload at once store one photo and list it once', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const documentId = randomUUID();
    const bytes = jpegBytes();
    const results = await Promise.all(
      [1, 2, 3].map(() => uploadPhoto(county.server, tokens.wang!, { applicationId, documentId, kind: 'hukouBook', bytes, method: 'POST' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id))).toEqual(new Set([documentId]));
    const stored = await applicationModel(county.server.deps.db).findById(applicationId).lean();
    expect(stored!.documents.map((d) => d.id)).toEqual([documentId]);
  });

  it('refuses what is not a photo (415), a photo over 2 MB (413), an unknown kind and a missing file, in Chinese', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const pdf = Buffer.from('%PDF-1.7 not an image at all');
    const disguised = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes: pdf, contentType: 'image/jpeg' });
    expect(disguised.status).toBe(415);
    expect(disguised.body).toMatchObject({ code: 'FILE_TYPE_NOT_ALLOWED', message: expect.stringContaining('只能上传照片') });

    const huge = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes: jpegBytes(MAX_UPLOAD_BYTES + 1) });
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('照片太大') });
    const far = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes: jpegBytes(3 * MAX_UPLOAD_BYTES) });
    expect(far.body.code).toBe('FILE_TOO_LARGE');

    const unknownKind = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'selfie', bytes: jpegBytes() });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.fields['body.kind']).toBe('请选择照片对应的材料');
    const visitPhoto = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'visitPhoto', bytes: jpegBytes() });
    expect(visitPhoto.status).toBe(400);
    const noFile = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook' });
    expect(noFile.body.fields['body.file']).toBe('请选择要上传的照片');
    const json = await county.api.call('PUT', photoPath(applicationId, randomUUID()), { token: tokens.wang, body: { kind: 'hukouBook' } });
    expect(json.status).toBe(400);

    const stored = await applicationModel(county.server.deps.db).findById(applicationId).lean();
    expect(stored!.documents).toEqual([]);
  });

  it('another family can neither add to, read nor delete its photos; signed-out callers are refused', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const mine = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes: jpegBytes() });
    expect((await uploadPhoto(county.server, tokens.zhang!, { applicationId, kind: 'hukouBook', bytes: jpegBytes() })).status).toBe(404);
    expect((await fetchPhoto(county.server, tokens.zhang!, applicationId, mine.documentId)).status).toBe(404);
    expect((await remove(applicationId, mine.documentId, tokens.zhang!)).status).toBe(404);
    expect((await fetch(`${county.server.baseUrl}${photoPath(applicationId, mine.documentId)}`)).status).toBe(401);
    expect((await fetchPhoto(county.server, tokens.wang!, applicationId, mine.documentId)).status).toBe(200);
  });

  it('deletes its own photo from a draft; deleting again is fine; the photo is gone', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const photo = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes: jpegBytes() });
    expect((await remove(applicationId, photo.documentId, tokens.wang!)).status).toBe(204);
    expect((await remove(applicationId, photo.documentId, tokens.wang!)).status).toBe(204);
    expect((await fetchPhoto(county.server, tokens.wang!, applicationId, photo.documentId)).status).toBe(404);
    expect((await county.api.get(`/api/applications/${applicationId}`, tokens.wang)).body.documents).toEqual([]);
  });

  it('once submitted the family still adds a missing photo for the reviewers but can no longer delete one; a late retry gets its answer', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const bytes = jpegBytes();
    const before = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes });
    await submitDraft(county.server, tokens.wang!, applicationId);
    const late = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'assistanceCertificate', bytes: jpegBytes() });
    expect(late.status).toBe(201);
    const staffView = await county.api.get(`/api/staff/cases/${applicationId}`, tokens.director01);
    expect(staffView.body.requiredDocuments.find((d: { kind: string }) => d.kind === 'assistanceCertificate').provided).toBe(true);
    expect((await remove(applicationId, before.documentId, tokens.wang!)).body.code).toBe('APPLICATION_NOT_EDITABLE');
    const retry = await uploadPhoto(county.server, tokens.wang!, { applicationId, documentId: before.documentId, kind: 'hukouBook', bytes });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(before.body);
  });
});

describe('staff and the photos of a case', () => {
  it('the director holding the case adds home-visit photos; the family cannot delete them', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    await submitDraft(county.server, tokens.wang!, applicationId);
    const visit = await uploadPhoto(county.server, tokens.director01!, { applicationId, kind: 'visitPhoto', bytes: jpegBytes(), method: 'POST' });
    expect(visit.status).toBe(201);
    expect(visit.body).toMatchObject({ kind: 'visitPhoto', label: '入户核实照片', uploadedBy: 'staff' });
    expect((await uploadPhoto(county.server, tokens.director01!, { applicationId, kind: 'hukouBook', bytes: jpegBytes() })).status).toBe(400);

    const seen = await county.api.get(`/api/staff/cases/${applicationId}`, tokens.director01);
    expect(seen.body.documents.map((d: { id: string }) => d.id)).toEqual([visit.documentId]);

    // The supervisor sees the case but does not hold it; another village's director does not see it.
    const supervisor = await uploadPhoto(county.server, tokens.supervisor103!, { applicationId, kind: 'visitPhoto', bytes: jpegBytes() });
    expect(supervisor.status).toBe(403);
    expect(supervisor.body.code).toBe('FORBIDDEN');
    const otherVillage = await uploadPhoto(county.server, tokens.director02!, { applicationId, kind: 'visitPhoto', bytes: jpegBytes() });
    expect(otherVillage.body.code).toBe('NOT_FOUND');

    const returned = await county.api.post(
      `/api/staff/cases/${applicationId}/transitions`,
      { action: 'return', expectedVersion: seen.body.version, reason: '请补拍户口簿' },
      tokens.director01,
    );
    expect(returned.body.status).toBe('returned');
    const familyDelete = await remove(applicationId, visit.documentId, tokens.wang!);
    expect(familyDelete.status).toBe(403);
    // Back with the family, it may add what was asked for.
    expect((await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'hukouBook', bytes: jpegBytes() })).status).toBe(201);
  });

  it('staff in the chain see the photos and every look is written to the audit log; staff outside it are refused', async () => {
    const applicationId = await startDraft(county.server, tokens.wang!);
    const photo = await uploadPhoto(county.server, tokens.wang!, { applicationId, kind: 'imprisonmentProof', bytes: jpegBytes() });
    // Staff never see a draft: it is not a case yet, and reads as not found.
    expect((await fetchPhoto(county.server, tokens.director01!, applicationId, photo.documentId)).status).toBe(404);
    await submitDraft(county.server, tokens.wang!, applicationId);

    const audit = auditLogModel(county.server.deps.db);
    const views = () => audit.find({ action: 'document.view', 'target.id': photo.documentId }).sort({ at: 1 }).lean();
    expect(await views()).toEqual([]);

    const director = await fetchPhoto(county.server, tokens.director01!, applicationId, photo.documentId);
    expect(director.status).toBe(200);
    expect(director.contentType).toBe('image/jpeg');
    expect((await fetchPhoto(county.server, tokens.supervisor103!, applicationId, photo.documentId)).status).toBe(200);
    expect((await fetchPhoto(county.server, tokens.wang!, applicationId, photo.documentId)).status).toBe(200);
    const outside = await fetchPhoto(county.server, tokens.director02!, applicationId, photo.documentId);
    expect(outside.status).toBe(404);

    const logged = await views();
    expect(logged).toHaveLength(2);
    expect(logged[0]).toMatchObject({ action: 'document.view', target: { kind: 'document' }, actor: { roles: ['childDirector'], regionScope: '520123103201' } });
    expect(logged[0]!.detail).toEqual({ applicationId, reference: expect.any(String) });
    expect(logged[0]!.ip).toMatch(/127\.0\.0\.1/);
    expect(logged[1]!.actor.roles).toEqual(['childSupervisor']);
  });
});

it('the OpenAPI document lists the photo routes', async () => {
  const doc = await county.api.get('/api/openapi.json');
  const path = doc.body.paths['/api/applications/{applicationId}/documents/{documentId}'];
  expect(Object.keys(path).sort()).toEqual(['delete', 'get', 'post', 'put']);
  expect(path.put.summary).toContain('multipart/form-data');
});
