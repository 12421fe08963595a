import type { Connection } from 'mongoose';
import type { RegionEntry, RegionDoc } from './region-model';
import { regionModel } from './region-model';
import { buildRegionDocs } from './build-region-docs';
import { forgetRegions } from './cached-region';
import { regionDatasetVersion } from './read-region-dataset';
import { regionsMarker, type RegionsMarker } from './regions-marker';
import { insertRegionDocs } from './insert-region-docs';

export interface LoadRegionsOptions {
  /** Province codes (config REGION_PROVINCES) whose townships and villages are loaded. */
  provinces: readonly string[];
  /** Narrows villages to one code prefix inside those provinces, e.g. one county for tests. */
  onlyWithin?: string;
  /**
   * Every township of the country, so a family names a hukou township anywhere (the server's start-up). Left out,
   * townships load only where villages do, and a county elsewhere is the finest choice: tests skip the 41,352 rows.
   */
  allTownships?: boolean;
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
 * Loads the division data into `regions`: every province, city and county of the country (and every township with
 * `allTownships`), plus the villages under the listed provinces and under the scopes an administrator opened since (`openRegionScope`,
 * kept in the marker as `opened`, so a restart keeps them). A marker in `meta` records the dataset version and the scopes,
 * so a rerun with the same settings returns after one lookup. Any other state (first run, new dataset,
 * other provinces, an interrupted load) is rebuilt from scratch: the collection is emptied first and the
 * marker says "incomplete" until the end, so a rerun never leaves duplicates. A full rebuild of Guizhou
 * takes seconds, while patching the parents' child lists in place costs a table scan per update on FerretDB.
 * Run it from one process (the server's start-up), before serving.
 */
export async function loadRegions(db: Connection, options: LoadRegionsOptions): Promise<LoadRegionsResult> {
  const started = Date.now();
  const marker = regionsMarker(db);
  const found = await marker.findOne({ _id: 'regions' });
  const opened = found?.opened ?? [];
  const scopes = scopesOf({ ...options, opened });
  const allTownships = options.allTownships ?? false;
  if (found?.complete && found.version === regionDatasetVersion && sameList(found.scopes, scopes) && (found.allTownships ?? false) === allTownships) {
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
  for await (const doc of buildRegionDocs(scopes, allTownships)) {
    counts[doc.level] = (counts[doc.level] ?? 0) + 1;
    if (doc.level === 1) provinces.push({ code: doc.code, name: doc.name, hasChildren: doc.children.length > 0 });
    chunk.push(doc);
    if (chunk.length === CHUNK) await insertRegionDocs(db, chunk.splice(0));
  }
  if (chunk.length) await insertRegionDocs(db, chunk);

  const done: Omit<RegionsMarker, '_id'> = {
    version: regionDatasetVersion,
    scopes,
    opened,
    allTownships,
    complete: true,
    counts,
    provinces,
    loadedAt: new Date(),
  };
  await marker.updateOne({ _id: 'regions' }, { $set: done }, { upsert: true });
  forgetRegions(db);
  return { skipped: false, version: regionDatasetVersion, scopes, counts, ms: Date.now() - started };
}

/** The configured scopes with the opened ones: distinct, sorted, a prefix inside another adding nothing. */
function scopesOf(options: LoadRegionsOptions & { opened: readonly string[] }): string[] {
  const provinces = options.provinces.filter((code) => code !== '');
  const { onlyWithin } = options;
  for (const code of [...provinces, ...(onlyWithin ? [onlyWithin] : [])]) {
    if (!/^\d{2}(\d{2}(\d{2}(\d{3})?)?)?$/.test(code)) throw new Error(`loadRegions: "${code}" is not a region code prefix`);
  }
  let scopes = [...provinces];
  if (onlyWithin) scopes = scopes.some((province) => onlyWithin.startsWith(province)) ? [onlyWithin] : [];
  return normalScopes([...scopes, ...options.opened]);
}

/** Distinct, sorted prefixes; a prefix inside another adds nothing. */
export function normalScopes(scopes: readonly string[]): string[] {
  return [...new Set(scopes)].filter((scope, _, all) => !all.some((other) => other !== scope && scope.startsWith(other))).sort();
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  const sorted = [...b].sort();
  return a.length === b.length && [...a].sort().every((value, index) => value === sorted[index]);
}
