import type { Connection } from 'mongoose';
import { isDeepStrictEqual } from 'node:util';
import type { PlaceFields } from '@ccs/shared/places/place-schemas';
import { AppError } from '../errors/app-error';
import { insertOnce } from '../db/insert-once';
import { findRegion } from '../regions/find-region';
import { assertMayEditPlace, type PlaceActor } from './place-access';
import { placeRevisionId, placeRevisionModel, type PlaceRevisionDoc } from './place-revision-model';
import { applyPlaceRevision, loadStaffPlace, placeFieldsOf } from './load-staff-place';
import type { PlaceDoc } from './place-model';

/** New fields for the place, or closing (families stop seeing it) and reopening it. */
export type PlaceChange = { fields: PlaceFields } | { closed: boolean };

/**
 * Changes a place as revision `revision + 1`, claimed by inserting it (`place-revision-model.ts`). An edit made on an
 * older revision is refused with PLACE_STALE; the same change sent twice by the same person (a double tap, a retry)
 * is done once and answered with the place as it left it.
 */
export async function changePlace(db: Connection, id: string, revision: number, change: PlaceChange, actor: PlaceActor, now = new Date()): Promise<PlaceDoc> {
  const current = await loadStaffPlace(db, id);
  if (!current) throw new AppError('PLACE_NOT_FOUND', { detail: id });
  assertMayEditPlace(actor, current.regionCode);
  if ('fields' in change) {
    assertMayEditPlace(actor, change.fields.regionCode);
    if (change.fields.regionCode !== current.regionCode && !(await findRegion(db, change.fields.regionCode))) {
      throw new AppError('REGION_NOT_FOUND', { fields: { 'body.regionCode': '没有这个地区代码，请从列表中选择地区' }, detail: change.fields.regionCode });
    }
  }
  const next: Omit<PlaceRevisionDoc, 'at' | 'by' | '_id'> = {
    placeId: id,
    revision: revision + 1,
    fields: 'fields' in change ? change.fields : placeFieldsOf(current),
    closed: 'closed' in change ? change.closed : (current.closed ?? false),
  };
  const repeated = async () => {
    const claimed = await placeRevisionModel(db).findById(placeRevisionId(id, revision + 1)).lean();
    const same = claimed && claimed.by === actor.accountId && claimed.closed === next.closed && isDeepStrictEqual(claimed.fields, next.fields);
    if (!same) throw new AppError('PLACE_STALE', { data: { currentRevision: String(current.revision ?? 1) }, detail: `place ${id}: revision ${revision} is not the current` });
    return (await loadStaffPlace(db, id))!;
  };
  if (revision !== (current.revision ?? 1)) return repeated();
  const claimed = await insertOnce(placeRevisionModel(db), { _id: placeRevisionId(id, revision + 1), ...next, at: now, by: actor.accountId });
  if (!claimed) return repeated();
  await applyPlaceRevision(db, claimed.toObject());
  return (await loadStaffPlace(db, id))!;
}
