import { startTestServer, type TestServer } from '../../test-support/start-test-server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import { seedCounty, signInFamily, signInStaff, startDraft, submitDraft } from '../../test-support/case-fixtures';
import { addChild, draftFor } from '../../test-support/agreement-fixtures';
import { jpegBytes, uploadPhoto } from '../../test-support/document-fixtures';
import { httpClient } from '../../test-support/http-client';
import { backUpDatabase } from './back-up-database';
import { restoreDatabase } from './restore-database';

const { EJSON } = mongoose.mongo.BSON;
let source: TestServer;
let client: mongoose.mongo.MongoClient;
let dir: string;
let applicationId: string;
const restoredName = `restored_${randomUUID().slice(0, 8)}`;

// The demo county with a submitted case and its photo and a care agreement, written through the API.
beforeAll(async () => {
  source = await startTestServer();
  await seedCounty(source);
  const family = await signInFamily(source, '13900000001');
  applicationId = await startDraft(source, family);
  expect((await uploadPhoto(source, family, { applicationId, kind: 'imprisonmentProof', bytes: jpegBytes() })).status).toBe(201);
  await submitDraft(source, family, applicationId);
  const agreement = await httpClient(source.baseUrl).call('PUT', `/api/agreements/${randomUUID()}`, { token: family, body: draftFor([await addChild(source, family)]) });
  expect(agreement.status).toBe(201);
  client = await mongoose.mongo.MongoClient.connect(inject('mongodbUri'));
  dir = mkdtempSync(join(tmpdir(), 'ccs-backup-'));
}, 120_000);

afterAll(async () => {
  await source?.close();
  await client?.db(restoredName).dropDatabase();
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const everything = async (db: mongoose.mongo.Db) => {
  const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
  return Promise.all(
    names.map(async (name) => ({
      name,
      documents: (await db.collection(name).find({}).sort({ _id: 1 }).toArray()).map((doc) => EJSON.stringify(doc, { relaxed: false })),
      indexes: (await db.collection(name).listIndexes().toArray()).map(({ name: index, key, unique, sparse }) => ({ index, key, unique, sparse })).sort((a, b) => a.index.localeCompare(b.index)),
    })),
  );
};

test('a backup restored into an empty database holds every document and index as it was, and the API reads a case from it', async () => {
  const manifest = await backUpDatabase(source.deps.db.db!, dir);
  expect(manifest.collections.map((c) => c.name)).toEqual(expect.arrayContaining(['applications', 'case_steps', 'children', 'documents', 'agreements']));
  await restoreDatabase(client.db(restoredName), dir);
  expect(await everything(client.db(restoredName))).toEqual(await everything(source.deps.db.db!));

  const restored = await startTestServer({ MONGODB_URI: `${inject('mongodbUri')}${restoredName}` });
  try {
    const director = await signInStaff(restored, 'director01');
    const read = await httpClient(restored.baseUrl).get(`/api/staff/cases/${applicationId}`, director);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: applicationId, child: { name: '小明' }, status: 'villageVerification' });
  } finally {
    await restored.close();
  }
}, 120_000);

test('a restore refuses a database that holds data, unless told to drop it', async () => {
  const target = client.db(`${restoredName}_full`);
  await target.collection('applications').insertOne({ note: 'someone else' });
  await expect(restoreDatabase(target, dir)).rejects.toThrow(/not empty.*--drop/);
  await restoreDatabase(target, dir, { drop: true });
  expect(await target.collection('applications').countDocuments({ note: 'someone else' })).toBe(0);
  await target.dropDatabase();
}, 60_000);
