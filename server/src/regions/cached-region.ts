import type { Connection } from 'mongoose';
import { regionCodeLengths, type RegionLevel, type RegionRef } from '@ccs/shared';
import { regionModel, type RegionDoc } from './region-model';
import { regionsMarker } from './regions-marker';

/** How often a process asks whether another process (a replica starting, the region CLI) has reloaded the regions. */
const RECHECK_MS = 30_000;

interface RegionCache {
  rows: Map<string, Promise<RegionRef | null>>;
  /** Regions whose document, with its list of children, has been read. */
  childrenRead: Map<string, Promise<boolean>>;
  /** The load marker's state when the rows were read; a different one means the regions were reloaded. */
  loaded: string | null;
  checkedAt: number;
  checked: Promise<void>;
}

/** One cache per database, so test suites and the benchmark, each on a database of their own, never share rows. */
const caches = new Map<string, RegionCache>();
const databaseKey = (db: Connection) => `${db.host}:${db.port}/${db.name}`;

/**
 * A region's code, name and level by its code, read from the database once per process. Regions change only when
 * `loadRegions` reloads them, which drops this process's rows at once (`forgetRegions`); a reload by another
 * process changes the load marker, which is read at most every 30 seconds. Every lookup would otherwise be a scan
 * of the regions table on FerretDB, five per region named and a hundred per page of the case queue.
 *
 * A region is read through its parent, whose document lists its children by name: one read of a township names all
 * its villages, and it sits early in the table, where FerretDB's scan for an `_id` stops sooner. A code its parent
 * does not list is not in the data. Provinces, and regions whose parent is missing, are read themselves. A code
 * missing from the data is not kept: a reload may be under way, and requests naming unknown codes must not grow the cache.
 */
export async function cachedRegion(db: Connection, code: string): Promise<RegionRef | null> {
  const cache = await freshCache(db);
  const known = cache.rows.get(code);
  if (known) return known;
  const parent = regionCodeLengths.filter((length) => length < code.length).map((length) => code.slice(0, length)).at(-1);
  if (parent && (await readChildren(db, cache, parent))) return cache.rows.get(code) ?? null;
  return remember(cache, code, readRegion(db, code).then((found) => found && rowOf(found)));
}

type RegionRead = Pick<RegionDoc, 'code' | 'name' | 'level' | 'children'>;

const readRegion = (db: Connection, code: string): Promise<RegionRead | null> =>
  regionModel(db).findById(code, { _id: 0, code: 1, name: 1, level: 1, children: 1 }).lean<RegionRead>().exec();

const rowOf = (region: RegionRead): RegionRef => ({ code: region.code, name: region.name, level: region.level as RegionLevel });

/** Reads `code` once and keeps it and its children; false when it is not in the data. */
function readChildren(db: Connection, cache: RegionCache, code: string): Promise<boolean> {
  let read = cache.childrenRead.get(code);
  if (!read) {
    const region = readRegion(db, code);
    remember(cache, code, region.then((found) => found && rowOf(found)));
    read = region.then((found) => {
      if (!found) return false;
      const level = (found.level + 1) as RegionLevel;
      for (const child of found.children) {
        if (!cache.rows.has(child.code)) cache.rows.set(child.code, Promise.resolve({ code: child.code, name: child.name, level }));
      }
      return true;
    });
    const pending = read;
    const drop = () => cache.childrenRead.get(code) === pending && cache.childrenRead.delete(code);
    cache.childrenRead.set(code, pending);
    pending.then((found) => found || drop(), drop);
  }
  return read;
}

/** Keeps a row being read, unless it turns out missing or the read fails. */
function remember(cache: RegionCache, code: string, row: Promise<RegionRef | null>): Promise<RegionRef | null> {
  if (cache.rows.has(code)) return cache.rows.get(code)!;
  const drop = () => cache.rows.get(code) === row && cache.rows.delete(code);
  cache.rows.set(code, row);
  row.then((found) => found || drop(), drop);
  return row;
}

/** Drops the rows read from `db`: `loadRegions` calls it before and after it rewrites the regions. */
export function forgetRegions(db: Connection): void {
  caches.delete(databaseKey(db));
}

function freshCache(db: Connection): Promise<RegionCache> {
  const key = databaseKey(db);
  let cache = caches.get(key);
  if (!cache) {
    cache = { rows: new Map(), childrenRead: new Map(), loaded: null, checkedAt: 0, checked: Promise.resolve() };
    caches.set(key, cache);
  }
  if (Date.now() - cache.checkedAt >= RECHECK_MS) {
    const current = cache;
    current.checkedAt = Date.now();
    current.checked = regionsMarker(db)
      .findOne({ _id: 'regions' }, { projection: { complete: 1, loadedAt: 1 } })
      .then(
        (marker) => {
          const loaded = `${marker?.complete}:${marker?.loadedAt?.getTime()}`;
          if (loaded !== current.loaded) {
            current.rows.clear();
            current.childrenRead.clear();
          }
          current.loaded = loaded;
        },
        () => {
          current.checkedAt = 0;
        },
      );
  }
  const ready = cache;
  return ready.checked.then(() => ready);
}
