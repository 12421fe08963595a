import type { Connection } from 'mongoose';
import { z } from 'zod';
import { insertOnce } from '../db/insert-once';
import { placeSchema, type Place } from '@ccs/shared/services/service-schemas';
import { regionCodeLengths } from '@ccs/shared';
import { cellsOf } from './geo-cells';
import { placeModel, type PlaceDoc } from './place-model';
import demoPlaces from '../demo/demo-places.json';

export function placeDoc(place: Place): PlaceDoc {
  const { id, ...rest } = place;
  return {
    _id: id,
    ...rest,
    cells: cellsOf(place.location),
    regionPrefixes: regionCodeLengths.filter((length) => length <= place.regionCode.length).map((length) => place.regionCode.slice(0, length)),
  };
}

/**
 * Stores places by id: a new one is inserted, a known one has its fields set again (the same result if
 * repeated, and nothing conditional for FerretDB to race on). Places the list no longer has are left.
 */
export async function seedPlaces(db: Connection, places: readonly Place[] = z.array(placeSchema).parse(demoPlaces.places)): Promise<number> {
  const Place = placeModel(db);
  for (const place of places) {
    const { _id, ...fields } = placeDoc(placeSchema.parse(place));
    if (!(await insertOnce(Place, { _id, ...fields }))) await Place.updateOne({ _id }, { $set: fields });
  }
  return places.length;
}
