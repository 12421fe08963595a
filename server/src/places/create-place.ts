import type { Connection } from 'mongoose';
import { isDeepStrictEqual } from 'node:util';
import type { Place } from '@ccs/shared/services/service-schemas';
import { AppError } from '../errors/app-error';
import { insertOnce } from '../db/insert-once';
import { findRegion } from '../regions/find-region';
import { assertMayEditPlace, type PlaceActor } from './place-access';
import { placeDoc } from './place-doc';
import { placeModel, type PlaceDoc } from './place-model';
import { placeRevisionId, placeRevisionModel } from './place-revision-model';
import { placeFieldsOf } from './load-staff-place';

/**
 * Adds a place under the id the app made for it, so a double tap or a retry adds it once: the same place sent
 * again by the same person is answered with the first (`created: false`); another place under a taken id is refused.
 * Revision 1 is written to the place's history too.
 */
export async function createPlace(db: Connection, place: Place, actor: PlaceActor, now = new Date()): Promise<{ doc: PlaceDoc; created: boolean }> {
  assertMayEditPlace(actor, place.regionCode);
  if (!(await findRegion(db, place.regionCode))) {
    throw new AppError('REGION_NOT_FOUND', { fields: { 'body.regionCode': '没有这个地区代码，请从列表中选择地区' }, detail: place.regionCode });
  }
  const { id, ...fields } = place;
  const inserted = await insertOnce(placeModel(db), { ...placeDoc(place), revision: 1, closed: false, updatedAt: now, updatedBy: actor.accountId });
  if (!inserted) {
    const existing = (await placeModel(db).findById(id).lean())!;
    if (existing.updatedBy === actor.accountId && existing.revision === 1 && isDeepStrictEqual(placeFieldsOf(existing), fields)) return { doc: existing, created: false };
    throw new AppError('PLACE_ID_TAKEN', { detail: id });
  }
  await insertOnce(placeRevisionModel(db), { _id: placeRevisionId(id, 1), placeId: id, revision: 1, fields, closed: false, at: now, by: actor.accountId });
  return { doc: inserted.toObject(), created: true };
}
