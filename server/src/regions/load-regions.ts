import type { Connection } from 'mongoose';
import { isDuplicateKey } from '../db/is-duplicate-key';
import type { RegionEntry, RegionDoc } from './region-model';
import { regionModel } from './region-model';
import { buildRegionDocs } from './build-region-docs';
import { forgetRegions } from './cached-region';
import { regionDatasetVersion } from './read-region-dataset';
import { regionsMarker, type RegionsMarker } from './regions-marker';

export interface LoadRegionsOptions {
  /** Province codes (config REGION_PROVINCES) whose townships and villages are loaded. */
  provinces: readonly string[];
  /** Narrows townships and villages to one code prefix inside those provinces, e.g. one county for tests. */
  onlyWithin?: string;
}

export interface LoadRegionsResult {
  skipped: boolean;
  version: string;
  /** Code prefixes whose townships and villages are loaded. */
  scopes: string[];
  /** Rows per level, "1" province … "5" village. */
  counts: Record<string, number>;
  ms: number;
}

const CHUNK = 1000;

/**
 * Loads the division data into `regions`: every province, city and county, plus the townships and
 * villages under the listed provinces. A marker in `meta` records the dataset version and the scopes,
 * so a rerun with the same settings returns after one lookup. Any other state (first run, new dataset,
 * other provinces, an interrupted load) is rebuilt from scratch: the collection is emptied first and the
 * marker says "incomplete" until the end, so a rerun never leaves duplicates. A full rebuild of Guizhou
 * takes seconds, while patching the parents' child lists in place costs a table scan per update on FerretDB.
 * Run it from one process (the server's start-up), before serving.
 */
export async function loadRegions(db: Connection, options: LoadRegionsOptions): Promise<LoadRegionsResult> {
  const started = Date.now();
  const scopes = scopesOf(options);
  const marker = regionsMarker(db);
  const found = await marker.findOne({ _id: 'regions' });
  if (found?.complete && found.version === regionDatasetVersion && sameList(found.scopes, scopes)) {
    return { skipped: true, version: regionDatasetVersion, scopes, counts: found.counts, ms: Date.now() - started };
  }

  await marker.updateOne({ _id: 'regions' }, { $set: { complete: false } }, { upsert: true });
  forgetRegions(db);
  const Region = regionModel(db);
  await Region.init();
  await Region.deleteMany({});
  const counts: Record<string, number> = {};
  const provinces: RegionEntry[] = [];
  let chunk: RegionDoc[] = [];
  for await (const doc of buildRegionDocs(scopes)) {
    counts[doc.level] = (counts[doc.level] ?? 0) + 1;
    if (doc.level === 1) provinces.push({ code: doc.code, name: doc.name, hasChildren: doc.children.length > 0 });
    chunk.push(doc);
    if (chunk.length === CHUNK) await insertChunk(db, chunk.splice(0));
  }
  if (chunk.length) await insertChunk(db, chunk);

  const done: Omit<RegionsMarker, '_id'> = {
    version: regionDatasetVersion,
    scopes,
    complete: true,
    counts,
    provinces,
    loadedAt: new Date(),
  };
  await marker.updateOne({ _id: 'regions' }, { $set: done }, { upsert: true });
  forgetRegions(db);
  return { skipped: false, version: regionDatasetVersion, scopes, counts, ms: Date.now() - started };
}

/** Distinct, sorted prefixes (blank entries, as from a trailing comma, ignored); a prefix inside another adds nothing. */
function scopesOf(options: LoadRegionsOptions): string[] {
  const provinces = options.provinces.filter((code) => code !== '');
  const { onlyWithin } = options;
  for (const code of [...provinces, ...(onlyWithin ? [onlyWithin] : [])]) {
    if (!/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/.test(code)) throw new Error(`loadRegions: "${code}" is not a region code prefix`);
  }
  let scopes = [...provinces];
  if (onlyWithin) scopes = scopes.some((province) => onlyWithin.startsWith(province)) ? [onlyWithin] : [];
  return [...new Set(scopes)].filter((scope, _, all) => !all.some((other) => other !== scope && scope.startsWith(other))).sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  const sorted = [...b].sort();
  return a.length === b.length && [...a].sort().every((value, index) => value === sorted[index]);
}

/** Unordered insert; rows another process inserted meanwhile (duplicate key) are left as they are. */
async function insertChunk(db: Connection, docs: RegionDoc[]): Promise<void> {
  try {
    await db.db!.collection<RegionDoc>('regions').insertMany(docs, { ordered: false });
  } catch (error) {
    const errors = (error as { writeErrors?: unknown[] }).writeErrors ?? [];
    const onlyDuplicates = errors.length > 0 ? errors.every(isDuplicateKey) : isDuplicateKey(error);
    if (!onlyDuplicates) throw error;
  }
}
