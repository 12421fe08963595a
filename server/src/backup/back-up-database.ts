import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import mongoose from 'mongoose';

const { EJSON } = mongoose.mongo.BSON;

/** What a backup folder holds besides one `<collection>.ejson` (a document per line) per collection. */
export interface BackupManifest {
  format: 'ccs-backup-1';
  database: string;
  createdAt: string;
  collections: { name: string; documents: number; indexes: Record<string, unknown>[] }[];
}

/**
 * Writes every collection of a database to `dir` as canonical Extended JSON, one document per line, so ObjectIds,
 * Dates, Binary and numbers come back as they were, with each collection's index definitions in `manifest.json`.
 * Works on MongoDB and FerretDB through the driver alone (no mongodump). Sealed fields stay ciphertext: the field
 * keys are not in the database and so not in the backup.
 */
export async function backUpDatabase(db: mongoose.mongo.Db, dir: string): Promise<BackupManifest> {
  await mkdir(dir, { recursive: true });
  const manifest: BackupManifest = { format: 'ccs-backup-1', database: db.databaseName, createdAt: new Date().toISOString(), collections: [] };
  const collections = (await db.listCollections({}, { nameOnly: true }).toArray())
    .map((c) => c.name)
    .filter((name) => !name.startsWith('system.'))
    .sort();
  for (const name of collections) {
    const out = createWriteStream(join(dir, `${name}.ejson`));
    let documents = 0;
    for await (const doc of db.collection(name).find({}).sort({ _id: 1 })) {
      if (!out.write(`${EJSON.stringify(doc, { relaxed: false })}\n`)) await once(out, 'drain');
      documents += 1;
    }
    out.end();
    await once(out, 'finish');
    const indexes = (await db.collection(name).listIndexes().toArray())
      .filter((index) => index.name !== '_id_')
      .map(({ v: _version, ns: _namespace, ...definition }) => definition);
    manifest.collections.push({ name, documents, indexes });
  }
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
