import type { Connection } from 'mongoose';
import type { RegionLevel, RegionRef } from '@ccs/shared';
import { regionModel } from './region-model';
import { regionsMarker } from './regions-marker';

/** How often a process asks whether another process (a replica starting, the region CLI) has reloaded the regions. */
const RECHECK_MS = 30_000;

interface RegionCache {
  rows: Map<string, Promise<RegionRef | null>>;
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
 * of the regions table on FerretDB, five per region named and a hundred per page of the case queue. A code missing
 * from the data is not kept: a reload may be under way, and requests naming unknown codes must not grow the cache.
 */
export async function cachedRegion(db: Connection, code: string): Promise<RegionRef | null> {
  const cache = await freshCache(db);
  let row = cache.rows.get(code);
  if (!row) {
    row = regionModel(db)
      .findById(code, { _id: 0, code: 1, name: 1, level: 1 })
      .lean()
      .then((found) => (found ? { code: found.code, name: found.name, level: found.level as RegionLevel } : null));
    const pending = row;
    const drop = () => cache.rows.get(code) === pending && cache.rows.delete(code);
    cache.rows.set(code, pending);
    pending.then((found) => found || drop(), drop);
  }
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
    cache = { rows: new Map(), loaded: null, checkedAt: 0, checked: Promise.resolve() };
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
          if (loaded !== current.loaded) current.rows.clear();
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
