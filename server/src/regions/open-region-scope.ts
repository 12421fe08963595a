import type { Connection } from 'mongoose';
import { AppError } from '../errors/app-error';
import { groupByParent } from './build-region-docs';
import { forgetRegions } from './cached-region';
import { insertRegionDocs } from './insert-region-docs';
import { normalScopes } from './load-regions';
import { readRegionDataset, readVillages, type RegionRow } from './read-region-dataset';
import { regionModel, type RegionDoc } from './region-model';
import { regionsMarker } from './regions-marker';

export interface OpenedScope {
  code: string;
  /** False when the villages were already loaded (a repeated request, or inside a configured province). */
  opened: boolean;
  villages: number;
  ms: number;
}

const CHUNK = 1000;

/**
 * Opens a province, city or county for service at run time: loads its villages and lists them under their townships,
 * and marks those townships in their counties' lists as having villages, so the region picker goes down to the village
 * and staff posts can be set there, without a restart. The scope is kept in the load marker (`opened`), so a restart
 * or a later full load keeps it; the marker's new `loadedAt` makes every other API process drop its cached regions
 * within 30 s (`cachedRegion`). Repeating it changes nothing: inserts skip rows already there, and each township's
 * and county's list is written whole.
 */
export async function openRegionScope(db: Connection, code: string): Promise<OpenedScope> {
  const started = Date.now();
  const marker = regionsMarker(db);
  const found = await marker.findOne({ _id: 'regions' });
  if (!found?.complete) throw new AppError('DATABASE_UNAVAILABLE', { detail: 'regions are being loaded' });
  if (found.scopes.some((scope) => code.startsWith(scope))) return { code, opened: false, villages: 0, ms: Date.now() - started };

  const Region = regionModel(db);
  const villages: RegionRow[] = [];
  for await (const village of readVillages(code)) villages.push(village);
  for (let i = 0; i < villages.length; i += CHUNK) {
    await insertRegionDocs(db, villages.slice(i, i + CHUNK).map((village): RegionDoc => ({ _id: village.code, ...village, children: [] })));
  }
  // Each township and county under the code is written whole from the dataset: a township missing from a load
  // narrowed to one county (tests) is added, and a repeat writes the same lists.
  const villagesOf = groupByParent(villages);
  const townshipsOf = groupByParent(readRegionDataset().townships.filter((township) => township.code.startsWith(code)));
  // One write command per county: FerretDB still applies them one by one, but without a round trip each.
  for (const [county, townships] of townshipsOf) {
    await Region.bulkWrite([
      ...townships.map((township) => ({
        updateOne: {
          filter: { _id: township.code },
          update: { $set: { ...township, children: (villagesOf.get(township.code) ?? []).map(({ code: child, name }) => ({ code: child, name, hasChildren: false })) } },
          upsert: true,
        },
      })),
      { updateOne: { filter: { _id: county }, update: { $set: { children: townships.map(({ code: child, name }) => ({ code: child, name, hasChildren: villagesOf.has(child) })) } } } },
    ], { ordered: false });
  }
  for (const city of new Set([...townshipsOf.keys()].map((county) => county.slice(0, 4)))) {
    const doc = await Region.findById(city, { children: 1 }).lean();
    const children = doc?.children.map((entry) => ({ ...entry, hasChildren: entry.hasChildren || townshipsOf.has(entry.code) }));
    if (children) await Region.updateOne({ _id: city }, { $set: { children } });
  }

  const opened = normalScopes([...(found.opened ?? []), code]);
  const counts = { ...found.counts, '5': await Region.countDocuments({ level: 5 }) };
  await marker.updateOne({ _id: 'regions' }, { $set: { opened, scopes: normalScopes([...found.scopes, code]), counts, loadedAt: new Date() } });
  forgetRegions(db);
  return { code, opened: true, villages: villages.length, ms: Date.now() - started };
}
