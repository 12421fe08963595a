import ngeohash from 'ngeohash';

/**
 * A geo index FerretDB v1 can serve (it has no 2dsphere index and no `$near`): each place stores the
 * geohash cells that contain it at every precision in `PRECISIONS`, in one indexed array field. A "near"
 * query asks for the 3×3 cells around the point at a fine precision and widens until the nearest places
 * found are provably the nearest (see `coveredRadiusMetres`); the order is then by exact distance.
 */
export const PRECISIONS = [7, 6, 5, 4, 3, 2, 1] as const;
export type Precision = (typeof PRECISIONS)[number];

const EARTH_RADIUS_METRES = 6_371_008.8;
const METRES_PER_DEGREE = (Math.PI * EARTH_RADIUS_METRES) / 180;

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** The cells that contain a point, one per precision, e.g. `wkg9p2x`, `wkg9p2`, … `w`. */
export function cellsOf(point: LatLng): string[] {
  const finest = ngeohash.encode(point.latitude, point.longitude, PRECISIONS[0]);
  return PRECISIONS.map((precision) => finest.slice(0, precision));
}

/** The cell holding the point and its eight neighbours at a precision. */
export function blockAround(point: LatLng, precision: Precision): string[] {
  const centre = ngeohash.encode(point.latitude, point.longitude, precision);
  return [centre, ...ngeohash.neighbors(centre)];
}

/**
 * How far from the point the 3×3 block is sure to reach: at least one cell's height and width from the
 * centre cell, whose edge the point may touch. Anything within this distance is in the block, so once
 * the k-th nearest place found is closer than this, no place outside the block can beat it.
 */
export function coveredRadiusMetres(point: LatLng, precision: Precision): number {
  const bits = precision * 5;
  const latitudeDegrees = 180 / 2 ** Math.floor(bits / 2);
  const longitudeDegrees = 360 / 2 ** Math.ceil(bits / 2);
  // Cell width shrinks towards the poles; take the narrower edge of the block.
  const widestLatitude = Math.min(90, Math.abs(point.latitude) + latitudeDegrees * 2);
  const width = longitudeDegrees * METRES_PER_DEGREE * Math.cos((widestLatitude * Math.PI) / 180);
  return Math.max(0, Math.min(latitudeDegrees * METRES_PER_DEGREE, width));
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
