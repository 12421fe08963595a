import { randomBytes, randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { beforeAll, describe, expect, it } from 'vitest';
import { maskResidentId } from '@ccs/shared';
import { deFactoFacts, residentIdFor, signInFamily, signInStaff, startDraft, submitDraft } from '../testing/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../testing/agreement-fixtures';
import { fetchPhoto, jpegBytes, uploadPhoto } from '../testing/document-fixtures';
import { seededCountySuite } from '../testing/seeded-county-suite';
import { childModel } from '../children/child-model';
import { applicationModel } from '../applications/application-model';
import { attachFieldCipher, fieldCipherOf } from './attach-field-cipher';
import { createFieldCipher } from './field-cipher';
import { parseFieldKeyList } from './field-keys';
import { reencryptSealedFields, sealedModels } from './reencrypt-sealed-fields';
import { sealedPathsOf } from './sealed-fields';

const county = seededCountySuite();
const tokens = { family: '', caregiver: '', director: '' };
const childResidentId = residentIdFor('2015-06-01', '731');
const visitNotes = '入户走访：父亲在监狱服刑属实，孩子有听力残疾，由奶奶照料。';
const endReason = '孩子父亲刑满释放回家，自己照顾孩子';
const correctionNote = `身份证号填错了，应为${residentIdFor('2016-01-10', '733')}`;
const photo = jpegBytes(4096);
const signatureBytes = Buffer.from(signaturePng.slice(signaturePng.indexOf(',') + 1), 'base64');
let applicationId: string;
let documentId: string;
const newKey = randomBytes(32);

/** Every document of every collection, serialised as the database holds it (BSON: strings as UTF-8, binaries raw). */
async function rawDatabase(): Promise<Map<string, Buffer>> {
  const db = county.server.deps.db.db!;
  const out = new Map<string, Buffer>();
  for (const { name } of await db.listCollections().toArray()) {
    const docs = await db.collection(name).find().toArray();
    out.set(name, Buffer.concat(docs.map((doc) => mongoose.mongo.BSON.serialize(doc))));
  }
  return out;
}

const holding = (raw: Map<string, Buffer>, needle: string | Buffer) => [...raw].filter(([, bytes]) => bytes.includes(needle)).map(([name]) => name);

beforeAll(async () => {
  tokens.family = await signInFamily(county.server, '13900000001');
  tokens.caregiver = await signInFamily(county.server, '13900000021');
  tokens.director = await signInStaff(county.server, 'director01');

  // An application for a child with HIV and a hearing disability whose father is in prison, a photo, a home visit.
  const facts = { ...deFactoFacts, hivInfected: true, disability: { kind: 'hearing' as const, grade: 2 as const } };
  applicationId = await startDraft(county.server, tokens.family, { sequence: '731', facts });
  documentId = (await uploadPhoto(county.server, tokens.family, { applicationId, kind: 'imprisonmentProof', bytes: photo })).documentId;
  const submitted = await submitDraft(county.server, tokens.family, applicationId);
  const verified = await county.api.post(`/api/staff/cases/${applicationId}/transitions`, { action: 'verify', expectedVersion: submitted.version, notes: visitNotes }, tokens.director);
  expect(verified.status).toBe(200);

  // A care agreement signed by both, then ended early with a reason (which goes to the director as a notification).
  const agreementId = randomUUID();
  const agreementChild = await addChild(county.server, tokens.family);
  expect((await county.api.call('PUT', `/api/agreements/${agreementId}`, { token: tokens.family, body: draftFor([agreementChild]) })).status).toBe(201);
  const invitation = await county.api.post(`/api/agreements/${agreementId}/invitation`, undefined, tokens.family);
  await county.api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, tokens.caregiver);
  const asCaregiver = { party: 'caregiver', image: signaturePng, identity: grandmother };
  expect((await county.api.post(`/api/agreements/${agreementId}/signatures`, asCaregiver, tokens.caregiver)).status).toBe(201);
  expect((await county.api.post(`/api/agreements/${agreementId}/signatures`, { party: 'parent', image: signaturePng }, tokens.family)).body.status).toBe('signed');
  expect((await county.api.post(`/api/agreements/${agreementId}/termination`, { reason: endReason }, tokens.family)).status).toBe(200);

  // A request to correct a child's data, whose note quotes an ID number.
  const request = { id: randomUUID(), kind: 'correct', childId: agreementChild, note: correctionNote };
  expect((await county.api.post('/api/me/data-requests', request, tokens.family)).status).toBeLessThan(300);
}, 180_000);

describe('sensitive data at rest', () => {
  it('holds no ID number, fact, visit note, reason, photo or signature in plaintext in any collection', async () => {
    const raw = await rawDatabase();
    // What is not sensitive is found as written, so the check does look at the data.
    expect(holding(raw, '小明')).toEqual(expect.arrayContaining(['children', 'agreements']));
    expect(holding(raw, Buffer.from('v1:dev1:', 'latin1'))).toEqual(expect.arrayContaining(['documents', 'agreement_signatures']));
    for (const needle of [childResidentId, grandmother.residentId, visitNotes, endReason, correctionNote, 'imprisoned', 'hivInfected', 'lostContact', 'hearing']) {
      expect({ needle, collections: holding(raw, needle) }).toEqual({ needle, collections: [] });
    }
    expect(holding(raw, photo.subarray(100, 164))).toEqual([]);
    expect(holding(raw, signatureBytes)).toEqual([]);

    const child = await county.server.deps.db.db!.collection('children').findOne({ name: '小明' });
    expect(child).toMatchObject({ residentId: expect.stringMatching(/^v1:dev1:/), residentIdHash: expect.any(String) });
  });

  it('gives the plain values back to those allowed, and masks ID numbers in lists', async () => {
    const children = await county.api.get('/api/children', tokens.family);
    expect(JSON.stringify(children.body)).not.toContain(childResidentId);
    expect(children.body.children.map((c: { maskedResidentId: string }) => c.maskedResidentId)).toContain(maskResidentId(childResidentId));
    expect(maskResidentId(childResidentId)).toMatch(/^5201\*{10}\d{3}[\dX]$/);

    const seen = await county.api.get(`/api/staff/cases/${applicationId}`, tokens.director);
    expect(seen.body.residentId).toBe(childResidentId);
    expect(seen.body.facts).toMatchObject({ father: 'imprisoned', hivInfected: true, disability: { kind: 'hearing', grade: 2 } });
    expect(seen.body.timeline.map((step: { notes: string | null }) => step.notes)).toContain(visitNotes);
    expect((await fetchPhoto(county.server, tokens.director, applicationId, documentId)).bytes.equals(photo)).toBe(true);
  });

  it('refuses a query on a sealed field (ciphertext never matches) and a write into part of one', async () => {
    const db = county.server.deps.db;
    await expect(childModel(db).findOne({ residentId: childResidentId }).lean()).rejects.toThrow('query on sealed field residentId');
    await expect(applicationModel(db).find({ $or: [{ 'facts.hivInfected': true }] }).lean()).rejects.toThrow('query on sealed field facts.hivInfected');
    await expect(applicationModel(db).updateOne({ _id: applicationId }, { $set: { 'facts.hivInfected': false } })).rejects.toThrow('written whole');
  });

  it('after a key rotation rewrites every sealed value under the new key, and still reads everything', async () => {
    const db = county.server.deps.db;
    const oldKeys = parseFieldKeyList(county.server.deps.config.FIELD_KEYS);
    const lookupKey = Buffer.from(county.server.deps.config.LOOKUP_HMAC_KEY, 'base64');
    attachFieldCipher(db, createFieldCipher({ currentKeyId: 'k2', keys: new Map([...oldKeys, ['k2', newKey]]), lookupKey }));
    // A child stored before encryption existed (an old development database) is sealed too.
    const legacyId = residentIdFor('2016-02-02', '732');
    const legacy = { _id: randomUUID(), name: '小红', residentId: legacyId, birthDate: '2016-02-02', sex: 'female', hukouRegion: '520123103201', relation: 'mother' };
    await db.db!.collection<{ _id: string } & Record<string, unknown>>('children').insertOne({ ...legacy, guardianAccountId: (await childModel(db).findOne({ name: '小明' }).lean())!.guardianAccountId });
    const counts = await reencryptSealedFields(db);
    const byCollection = Object.fromEntries(counts.map((count) => [count.collection, count]));
    for (const name of ['children', 'applications', 'case_steps', 'agreements', 'agreement_signatures', 'documents', 'notifications', 'agreement_keys', 'data_requests']) {
      expect(byCollection[name]!.rewritten).toBeGreaterThan(0);
    }
    expect(counts.every((count) => count.changedMeanwhile === 0)).toBe(true);
    // Every model with sealed fields is rotated.
    expect(Object.values(db.models).filter((model) => sealedPathsOf(model.schema).length > 0).map((model) => model.collection.collectionName).sort()).toEqual(
      sealedModels.map((modelOf) => modelOf(db).collection.collectionName).sort(),
    );

    const raw = await rawDatabase();
    expect(holding(raw, 'v1:dev1:')).toEqual([]);
    expect(holding(raw, Buffer.from('v1:dev1:', 'latin1'))).toEqual([]);
    expect((await reencryptSealedFields(db)).every((count) => count.rewritten === 0)).toBe(true);

    // The old key can go: with only k2 everything reads, and the ID number still finds its child.
    attachFieldCipher(db, createFieldCipher({ currentKeyId: 'k2', keys: new Map([['k2', newKey]]), lookupKey }));
    const seen = await county.api.get(`/api/staff/cases/${applicationId}`, tokens.director);
    expect(seen.body).toMatchObject({ residentId: childResidentId, facts: { hivInfected: true } });
    expect((await fetchPhoto(county.server, tokens.director, applicationId, documentId)).bytes.equals(photo)).toBe(true);
    const twin = await county.api.call('PUT', `/api/children/${randomUUID()}`, {
      token: tokens.family,
      body: { name: '小明', residentId: childResidentId, hukouRegion: '520123103201', residenceRegion: null, relation: 'grandparent' },
    });
    expect(twin.body.code).toBe('CHILD_EXISTS');
    expect(await childModel(db).findById(legacy._id).lean()).toMatchObject({ residentId: legacyId, residentIdHash: fieldCipherOf(db).lookupHash(legacyId) });
  });
});
