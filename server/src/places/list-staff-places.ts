import type { Connection } from 'mongoose';
import type { PlaceKind } from '@ccs/shared/services/service-schemas';
import type { StaffPlace } from '@ccs/shared/places/place-schemas';
import { placeModel } from './place-model';
import { staffPlaceView } from './load-staff-place';

/**
 * The places of a region as its administrators see them, closed ones included: open first, then by region and
 * name; narrowed to a kind and to the words typed (found in the name, address or phone).
 */
export async function listStaffPlaces(db: Connection, scope: string, filter: { kind?: PlaceKind; q?: string }): Promise<StaffPlace[]> {
  const docs = await placeModel(db)
    .find({ regionPrefixes: scope, ...(filter.kind ? { kind: filter.kind } : {}) })
    .lean();
  const words = (filter.q ?? '').split(/\s+/).filter((word) => word !== '');
  return (await Promise.all(docs.map((doc) => staffPlaceView(db, doc))))
    .filter((place) => words.every((word) => `${place.name} ${place.address} ${place.phone}`.includes(word)))
    .sort((a, b) => Number(a.closed) - Number(b.closed) || a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'));
}
