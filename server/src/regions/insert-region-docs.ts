import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../db/is-duplicate-key';
import type { RegionDoc } from './region-model';

/** Unordered insert; rows another process inserted meanwhile (duplicate key) are left as they are. */
export async function insertRegionDocs(db: Connection, docs: RegionDoc[]): Promise<void> {
  try {
    await db.db!.collection<RegionDoc>('regions').insertMany(docs, { ordered: false });
  } catch (error) {
    const errors = (error as { writeErrors?: unknown[] }).writeErrors ?? [];
    const onlyDuplicates = errors.length > 0 ? errors.every(isDuplicateKey) : isDuplicateKey(error);
    if (!onlyDuplicates) throw error;
  }
}
