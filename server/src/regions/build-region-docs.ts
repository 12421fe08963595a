import type { RegionDoc, RegionEntry } from './region-model';
import { readRegionDataset, readVillages, type RegionRow } from './read-region-dataset';

const within = (scopes: readonly string[], code: string) => scopes.some((scope) => code.startsWith(scope));

/**
 * Every document `loadRegions` writes, each listing its loaded children: first the provinces, cities and
 * counties of the whole country, then the townships and villages under `scopes`, one scope at a time so
 * memory holds one province's villages at most, then every other township of the country (`allTownships`), which
 * lists no villages, so the region picker stops there: a family names a hukou township anywhere in China, and a
 * village only where the service is opened. Upper levels come first because FerretDB v1 (SQLite) finds even an
 * `_id` by scanning the table in insertion order, and the picker asks for them most.
 */
export async function* buildRegionDocs(scopes: readonly string[], allTownships: boolean): AsyncGenerator<RegionDoc> {
  const dataset = readRegionDataset();
  const townships = allTownships ? dataset.townships : dataset.townships.filter((township) => within(scopes, township.code));
  const withVillages = new Set<string>();
  for (const scope of scopes) for await (const village of readVillages(scope)) withVillages.add(village.parentCode!);

  const childrenOf = groupByParent([...dataset.upper, ...townships]);
  const hasChildren = (code: string) => childrenOf.has(code) || withVillages.has(code);
  for (const region of dataset.upper) {
    yield doc(region, (childrenOf.get(region.code) ?? []).map((child) => entry(child, hasChildren(child.code))));
  }

  for (const scope of scopes) {
    const villagesOf = groupByParent(await collect(readVillages(scope)));
    for (const township of townships.filter((township) => township.code.startsWith(scope))) {
      const villages = villagesOf.get(township.code) ?? [];
      yield doc(township, villages.map((village) => entry(village, false)));
      for (const village of villages) yield doc(village, []);
    }
  }
  for (const township of townships) if (!within(scopes, township.code)) yield doc(township, []);
}

/** Children by parent code, each list in code order. */
export function groupByParent(rows: readonly RegionRow[]): Map<string, RegionRow[]> {
  const byParent = new Map<string, RegionRow[]>();
  for (const row of rows) {
    if (!row.parentCode) continue;
    const list = byParent.get(row.parentCode);
    if (list) list.push(row);
    else byParent.set(row.parentCode, [row]);
  }
  for (const list of byParent.values()) list.sort((a, b) => (a.code < b.code ? -1 : 1));
  return byParent;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function doc(row: RegionRow, children: RegionEntry[]): RegionDoc {
  return { _id: row.code, ...row, children };
}

function entry(row: RegionRow, hasChildren: boolean): RegionEntry {
  return { code: row.code, name: row.name, hasChildren };
}
