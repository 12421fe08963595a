import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentAgreementTemplate, maskResidentId, routingRules } from '@ccs/shared';
import { deFactoFacts, residentIdFor, signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../test-support/agreement-fixtures';
import { fetchPhoto, jpegBytes, uploadPhoto } from '../../test-support/document-fixtures';
import { seedCounty } from '../../test-support/case-fixtures';
import { httpClient } from '../../test-support/http-client';
import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { launchDatabase, type LaunchedDatabase } from '../db/launch-database';
import { childModel } from '../children/child-model';
import { applicationModel } from '../applications/application-model';
import { attachFieldCipher, fieldCipherOf } from './attach-field-cipher';
import { createFieldCipher } from './field-cipher';
import { parseFieldKeyList } from './field-keys';
import { reencryptSealedFields, sealedModels } from './reencrypt-sealed-fields';
import { sealedPathsOf } from './sealed-fields';

// A database of its own, in a folder of its own, so its files on disk can be read as an attacker with a copy would.
const dataDir = mkdtempSync(join(tmpdir(), 'ccs-sealed-'));
let database: LaunchedDatabase;
const county = {} as { server: TestServer; api: ReturnType<typeof httpClient> };
const tokens = { family: '', caregiver: '', director: '', county: '' };
// A child of the scan's own, named and born so that nothing else in the county holds the same words.
const scanChild = { name: '欧阳灵犀', birthDate: '2014-03-17' };
let scanChildId: string;
let agreementId: string;
let hivCaseId: string;
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

// Public reference data (a service list names the programmes it links to) is not about anyone.
const publicCollections = ['service_list_versions', 'parameters', 'regions', 'places'];
const holding = (raw: Map<string, Buffer>, needle: string | Buffer) =>
  [...raw].filter(([name, bytes]) => !publicCollections.includes(name) && bytes.includes(needle)).map(([name]) => name);

beforeAll(async () => {
  // SQLite keeps every document as written; PostgreSQL stores rows over ~2 KB (an agreement with its duties)
  // compressed (TOAST), which would hide plaintext from the scan as well as ciphertext. The controls below prove
  // the scan sees each kind of record.
  database = await launchDatabase({ dataDir, log: () => {}, env: { ...process.env, MONGODB_URI: '', CCS_EMBEDDED_BACKEND: 'sqlite' } });
  county.server = await startTestServer({}, database.uri);
  await seedCounty(county.server);
  county.api = httpClient(county.server.baseUrl);
  tokens.county = await signInStaff(county.server, 'county');
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
  // An HIV allowance with its diagnosis: the programme and the document kind must not be readable either.
  hivCaseId = await startDraft(county.server, tokens.family, { programme: 'hivChildAllowance', facts: { hivInfected: true, father: 'atHome', mother: 'workingAway' } });
  await uploadPhoto(county.server, tokens.family, { applicationId: hivCaseId, kind: 'hivDiagnosis', bytes: jpegBytes() });
  await submitDraft(county.server, tokens.family, hivCaseId);

  // A care agreement signed by both, then ended early with a reason (which goes to the director as a notification).
  agreementId = randomUUID();
  scanChildId = await addChild(county.server, tokens.family, scanChild);
  const agreementChild = scanChildId;
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

afterAll(async () => {
  await county.server?.close();
  await database?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Every file under the database's folder, as bytes: what a stolen disk or backup of it holds, whatever the engine. */
function filesUnder(dir: string): { path: string; bytes: Buffer; mode: number; isDir: boolean }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return [{ path, bytes: Buffer.alloc(0), mode: statSync(path).mode, isDir: true }, ...filesUnder(path)];
    return entry.isFile() ? [{ path, bytes: readFileSync(path), mode: statSync(path).mode, isDir: false }] : [];
  });
}

describe('sensitive data at rest', () => {
  it('holds no ID number, fact, visit note, reason, photo or signature in plaintext in any collection', async () => {
    const raw = await rawDatabase();
    // What is not sensitive is found as written, so the check does look at the data.
    expect(holding(raw, scanChildId)).toEqual(expect.arrayContaining(['children', 'agreements']));
    expect(holding(raw, Buffer.from('v1:dev1:', 'latin1'))).toEqual(expect.arrayContaining(['documents', 'agreement_signatures']));
    const personal = [scanChild.name, scanChild.birthDate, grandmother.name, '13900000001', '13900000021', '王芳', '广东省东莞市长安镇电子厂', 'hivChildAllowance', 'hivDiagnosis'];
    // The routing reason of a programme names it as surely as its id.
    const programmeWords = [routingRules.deFactoUnsupportedAllowance.reason];
    for (const needle of [childResidentId, grandmother.residentId, visitNotes, endReason, correctionNote, 'imprisoned', 'hivInfected', 'lostContact', 'hearing', ...personal, ...programmeWords]) {
      expect({ needle, collections: holding(raw, needle) }).toEqual({ needle, collections: [] });
    }
    expect(holding(raw, photo.subarray(100, 164))).toEqual([]);
    expect(holding(raw, signatureBytes)).toEqual([]);

    const child = await county.server.deps.db.db!.collection<{ _id: string }>('children').findOne({ _id: scanChildId });
    expect(child).toMatchObject({ residentId: expect.stringMatching(/^v1:dev1:/), residentIdHash: expect.any(String), name: expect.stringMatching(/^v1:dev1:/) });
    const application = await county.server.deps.db.db!.collection('applications').findOne({ _id: new mongoose.Types.ObjectId(applicationId) });
    expect(application).toMatchObject({ programme: expect.stringMatching(/^t1:dev1:/), documents: [{ kind: expect.stringMatching(/^t1:dev1:/) }] });
  });

  it('gives the plain values back to those allowed, and masks ID numbers in lists', async () => {
    const children = await county.api.get('/api/children', tokens.family);
    expect(JSON.stringify(children.body)).not.toContain(childResidentId);
    expect(children.body.children.map((c: { maskedResidentId: string }) => c.maskedResidentId)).toContain(maskResidentId(childResidentId));
    expect(maskResidentId(childResidentId)).toMatch(/^5201\*{10}\d{3}[\dX]$/);

    const seen = await county.api.get(`/api/staff/cases/${applicationId}`, tokens.county);
    expect(seen.body.residentId).toBe(childResidentId);
    expect(seen.body.facts).toMatchObject({ father: 'imprisoned', hivInfected: true, disability: { kind: 'hearing', grade: 2 } });
    expect(seen.body.timeline.map((step: { notes: string | null }) => step.notes)).toContain(visitNotes);
    expect((await fetchPhoto(county.server, tokens.director, applicationId, documentId)).bytes.equals(photo)).toBe(true);
    const agreement = await county.api.get(`/api/agreements/${agreementId}`, tokens.family);
    expect(agreement.body).toMatchObject({ caregiver: { name: grandmother.name, phone: '13900000021' }, parents: [{ name: '王芳', workPlace: '广东省东莞市长安镇电子厂' }] });
    expect((await county.api.get(`/api/staff/children/${scanChildId}`, tokens.director)).body.child).toMatchObject({ name: scanChild.name, birthDate: scanChild.birthDate });
  });

  it('leaves no name, phone number, birth date, ID number, sensitive programme or document kind in the database files on disk', async () => {
    // Each needle is written by the requests above; its control is a plain value of the same record (an id), found
    // on disk, which proves the scan sees that record's bytes (PostgreSQL compresses large rows, SQLite does not).
    const files = filesUnder(dataDir).filter((file) => !file.isDir && !/\.log$/.test(file.path));
    const onDisk = (needle: string) => files.filter((file) => file.bytes.includes(Buffer.from(needle))).map((file) => file.path.slice(dataDir.length));
    const raw = county.server.deps.db.db!;
    const controls = [
      (await raw.collection<{ _id: string; residentIdHash: string }>('children').findOne({ _id: scanChildId }))!.residentIdHash,
      (await raw.collection('applications').findOne({ _id: new mongoose.Types.ObjectId(hivCaseId) }))!.activeKey as string,
      currentAgreementTemplate.duties[0]!.title,
    ];
    for (const control of controls) expect({ control, files: onDisk(control).length > 0 }).toEqual({ control, files: true });
    const needles = [
      scanChild.name, scanChild.birthDate, grandmother.name, grandmother.residentId, childResidentId, '13900000001', '13900000021', '13900000022',
      '王芳', '王强', '舅舅', '广东省东莞市长安镇电子厂', 'hivDiagnosis', 'imprisonmentProof', visitNotes, endReason, routingRules.deFactoUnsupportedAllowance.reason,
    ];
    // Not the programme's id: the public service list links to it. The collections' check above covers it.
    expect(needles.map((needle) => ({ needle, files: onDisk(needle) }))).toEqual(needles.map((needle) => ({ needle, files: [] })));
  });

  it('keeps the database files readable by their owner only', () => {
    const open = filesUnder(dataDir).filter((file) => (file.mode & 0o077) !== 0).map((file) => `${file.path.slice(dataDir.length)} ${(file.mode & 0o777).toString(8)}`);
    expect(open).toEqual([]);
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it('finds by a lookup hash or a token, and refuses any other query on a sealed field (ciphertext never matches) and a write into part of one', async () => {
    const db = county.server.deps.db;
    // Equality on a field with a lookup hash is matched on the hash; any other filter on a sealed field is refused.
    expect(await childModel(db).findOne({ residentId: childResidentId }).lean()).toMatchObject({ residentId: childResidentId });
    await expect(childModel(db).findOne({ name: '小明' }).lean()).rejects.toThrow('query on sealed field name');
    await expect(childModel(db).findOne({ residentId: { $regex: '^5201' } }).lean()).rejects.toThrow('query on sealed field residentId');
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
    await db.db!.collection<{ _id: string } & Record<string, unknown>>('children').insertOne({ ...legacy, guardianAccountId: (await childModel(db).findById(scanChildId).lean())!.guardianAccountId });
    const counts = await reencryptSealedFields(db);
    const byCollection = Object.fromEntries(counts.map((count) => [count.collection, count]));
    // Not `smscodes`: a code is stored under its phone's hash alone, and lives minutes.
    for (const name of ['children', 'applications', 'case_steps', 'agreements', 'agreement_signatures', 'documents', 'notifications', 'agreement_keys', 'data_requests', 'accounts', 'identities']) {
      expect({ name, rewritten: byCollection[name]!.rewritten > 0 }).toEqual({ name, rewritten: true });
    }
    expect(counts.every((count) => count.changedMeanwhile === 0)).toBe(true);
    // Every model with sealed fields is rotated.
    expect(Object.values(db.models).filter((model) => sealedPathsOf(model.schema).length > 0).map((model) => model.collection.collectionName).sort()).toEqual(
      sealedModels.map((modelOf) => modelOf(db).collection.collectionName).sort(),
    );

    const raw = await rawDatabase();
    expect(holding(raw, 'v1:dev1:')).toEqual([]);
    expect(holding(raw, 't1:dev1:')).toEqual([]);
    expect(holding(raw, Buffer.from('v1:dev1:', 'latin1'))).toEqual([]);
    expect((await reencryptSealedFields(db)).every((count) => count.rewritten === 0)).toBe(true);

    // The old key can go: with only k2 everything reads, and the ID number still finds its child.
    attachFieldCipher(db, createFieldCipher({ currentKeyId: 'k2', keys: new Map([['k2', newKey]]), lookupKey }));
    const seen = await county.api.get(`/api/staff/cases/${applicationId}`, tokens.county);
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
