import { Schema, type Connection, type Model } from 'mongoose';
import type { PlaceFields } from '@ccs/shared/places/place-schemas';

/**
 * One state of a place after an administrator's change: `_id` `<placeId>:<revision>`, inserted once and never
 * updated. The insert is the claim on the revision: of two edits made on the same revision (a double tap, two
 * administrators) exactly one inserts it, because FerretDB v1's conditional updates are not atomic and its unique
 * `_id` is. Only then is the state `$set` onto the place; a reader that finds the next revision claimed but not
 * written rolls it forward (`load-staff-place.ts`). The collection is also the place's history, for the record.
 */
export interface PlaceRevisionDoc {
  _id: string;
  placeId: string;
  revision: number;
  fields: PlaceFields;
  closed: boolean;
  at: Date;
  by: string;
}

const placeRevisionSchema = new Schema(
  {
    _id: { type: String, required: true },
    placeId: { type: String, required: true },
    revision: { type: Number, required: true },
    fields: { type: Schema.Types.Mixed, required: true },
    closed: { type: Boolean, required: true },
    at: { type: Date, required: true },
    by: { type: String, required: true },
  },
  { collection: 'place_revisions', versionKey: false, minimize: false },
);

export const placeRevisionId = (placeId: string, revision: number) => `${placeId}:${revision}`;

export function placeRevisionModel(db: Connection): Model<PlaceRevisionDoc> {
  return (db.models.PlaceRevision as Model<PlaceRevisionDoc> | undefined) ?? db.model<PlaceRevisionDoc>('PlaceRevision', placeRevisionSchema);
}
