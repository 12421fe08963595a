import type { Connection } from 'mongoose';
import type { NearbyPlace, Place, PlaceKind } from '@ccs/shared/services/service-schemas';
import { blockAround, coveredRadiusMetres, distanceMetres, PRECISIONS, type LatLng } from './geo-cells';
import { placeModel, type PlaceDoc } from './place-model';
import { placeOf } from './place-doc';

/**
 * What families see: open places only (a closed one stays stored for the record). Nothing here is cached, so a
 * place an administrator adds, edits or closes shows on the next request to any API instance.
 */
const open = { closed: { $ne: true } };
const kindFilter = (kinds: readonly PlaceKind[] | undefined) => (kinds && kinds.length > 0 ? { kind: { $in: [...kinds] } } : {});

export async function findPlace(db: Connection, id: string): Promise<Place | null> {
  const doc = await placeModel(db).findOne({ _id: id, ...open }).lean();
  return doc ? placeOf(doc) : null;
}

/** The open ones of these places, in the order asked (a service item's own places); closed and unknown ids are left out. */
export async function findPlacesByIds(db: Connection, ids: readonly string[]): Promise<Place[]> {
  if (ids.length === 0) return [];
  const docs = await placeModel(db).find({ _id: { $in: [...ids] }, ...open }).lean();
  const byId = new Map(docs.map((doc) => [doc._id, placeOf(doc)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * The `limit` places nearest a point, nearest first, with their distance. Starts with the 3×3 geohash
 * block around the point at the finest precision and widens a precision at a time until the block holds
 * `limit` places and the farthest of them lies within the distance the block is sure to cover, so no place
 * outside it could be nearer. Failing that at the coarsest precision (fewer places than asked for, or none
 * within thousands of kilometres) it measures every place of the kinds asked for.
 */
export async function findNearbyPlaces(db: Connection, point: LatLng, options: { kinds?: readonly PlaceKind[]; limit: number }): Promise<NearbyPlace[]> {
  const Place = placeModel(db);
  const nearestOf = (docs: PlaceDoc[]) =>
    docs
      .flatMap((doc): (NearbyPlace & { distanceMetres: number })[] => (doc.location ? [{ ...placeOf(doc), distanceMetres: Math.round(distanceMetres(point, doc.location)) }] : []))
      .sort((a, b) => a.distanceMetres - b.distanceMetres || a.id.localeCompare(b.id))
      .slice(0, options.limit);
  for (const precision of PRECISIONS) {
    const found = nearestOf(await Place.find({ cells: { $in: blockAround(point, precision) }, ...kindFilter(options.kinds), ...open }).lean());
    const kth = found[options.limit - 1];
    if (kth && kth.distanceMetres <= coveredRadiusMetres(point, precision)) return found;
  }
  // Fewer places of these kinds than asked for, or the point is far from all of them: measure them all (those with a position).
  return nearestOf(await Place.find({ ...kindFilter(options.kinds), ...open }).lean());
}

/** How many leading digits two codes share at a level boundary: 12 same village, 9 township, 6 county, 4 city, 2 province. */
function sharedLevel(a: string, b: string): number {
  for (const length of [12, 9, 6, 4, 2]) {
    if (a.length >= length && b.length >= length && a.slice(0, length) === b.slice(0, length)) return length;
  }
  return 0;
}

/**
 * Without a location: the places of the region's city (its province for a province code), those in the
 * same village first, then the same township, county and city; within a level by kind, then name.
 */
export async function findPlacesByRegion(db: Connection, regionCode: string, options: { kinds?: readonly PlaceKind[]; limit: number }): Promise<NearbyPlace[]> {
  const within = regionCode.slice(0, Math.min(4, regionCode.length));
  const docs = await placeModel(db).find({ regionPrefixes: within, ...kindFilter(options.kinds), ...open }).lean();
  return docs
    .map((doc) => ({ place: placeOf(doc), level: sharedLevel(regionCode, doc.regionCode) }))
    .sort((a, b) => b.level - a.level || a.place.kind.localeCompare(b.place.kind) || a.place.name.localeCompare(b.place.name, 'zh-CN'))
    .slice(0, options.limit)
    .map(({ place }) => place);
}
