import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import mongoose from 'mongoose';
import type { BackupManifest } from './back-up-database';

const { EJSON } = mongoose.mongo.BSON;
const BATCH = 500;

/**
 * Restores a folder written by `backUpDatabase` into a database: collections, documents as they were, then the
 * indexes (unique ones checked against the restored documents). Refuses a database that already holds any
 * collection unless `drop` is set, which drops it first.
 */
export async function restoreDatabase(db: mongoose.mongo.Db, dir: string, { drop = false } = {}): Promise<BackupManifest> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== 'ccs-backup-1') throw new Error(`${dir} is not a backup made by npm run backup`);
  const existing = (await db.listCollections({}, { nameOnly: true }).toArray()).filter((c) => !c.name.startsWith('system.'));
  if (existing.length > 0) {
    if (!drop) throw new Error(`database ${db.databaseName} is not empty (${existing.length} collections); restore with --drop to replace it`);
    await db.dropDatabase();
  }
  for (const { name, documents, indexes } of manifest.collections) {
    const collection = await db.createCollection(name);
    let batch: mongoose.mongo.Document[] = [];
    let restored = 0;
    const lines = createInterface({ input: createReadStream(join(dir, `${name}.ejson`)), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line) continue;
      batch.push(EJSON.parse(line, { relaxed: false }) as mongoose.mongo.Document);
      if (batch.length === BATCH) {
        restored += (await collection.insertMany(batch, { ordered: true })).insertedCount;
        batch = [];
      }
    }
    if (batch.length > 0) restored += (await collection.insertMany(batch, { ordered: true })).insertedCount;
    if (restored !== documents) throw new Error(`${name}: restored ${restored} documents, the backup lists ${documents}`);
    if (indexes.length > 0) await collection.createIndexes(indexes as unknown as mongoose.mongo.IndexDescription[]);
  }
  return manifest;
}
