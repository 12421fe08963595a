import type { Connection } from 'mongoose';
import { z } from 'zod';
import { insertOnce } from '../db/insert-once';
import { placeSchema, type Place } from '@ccs/shared/services/service-schemas';
import { placeModel } from './place-model';
import { placeDoc } from './place-doc';
import demoPlaces from '../demo/demo-places.json';

/**
 * Stores places by id: a new one is inserted, a known one has its fields set again (the same result if
 * repeated, and nothing conditional for FerretDB to race on) unless an administrator has changed it since,
 * whose change stands. Places the list no longer has are left.
 */
export async function seedPlaces(db: Connection, places: readonly Place[] = z.array(placeSchema).parse(demoPlaces.places)): Promise<number> {
  const Place = placeModel(db);
  for (const place of places) {
    const { _id, ...fields } = placeDoc(placeSchema.parse(place));
    if (!(await insertOnce(Place, { _id, ...fields }))) await Place.updateOne({ _id, updatedBy: null }, { $set: fields });
  }
  return places.length;
}
