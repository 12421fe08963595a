import { Schema, type Connection, type Model } from 'mongoose';
import type { Place } from '@ccs/shared/services/service-schemas';

/** A place as stored: the shared `Place` with `_id` its id, and what the geo and region lookups read. */
export interface PlaceDoc extends Omit<Place, 'id'> {
  _id: string;
  /** Geohash cells containing the place, one per precision (`geo-cells.ts`): the geo index. Empty without a location. */
  cells: string[];
  /** Every level's code of its region: 52, 5201, 520123, 520123103 …, for "in this city". */
  regionPrefixes: string[];
  /** 1 when created; each edit, close or reopen is the next, claimed in `place_revisions` (`change-place.ts`). */
  revision?: number;
  /** Closed places are not shown to families; they stay for the record and may be reopened. */
  closed?: boolean;
  updatedAt?: Date | null;
  updatedBy?: string | null;
}

const placeSchema = new Schema(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    name: { type: String, required: true },
    regionCode: { type: String, required: true },
    address: { type: String, required: true },
    hours: { type: String, required: true },
    phone: { type: String, required: true },
    location: {
      type: new Schema({ latitude: { type: Number, required: true }, longitude: { type: Number, required: true } }, { _id: false }),
      required: false,
    },
    cells: { type: [String], required: true },
    regionPrefixes: { type: [String], required: true },
    revision: { type: Number, default: 1 },
    closed: { type: Boolean, default: false },
    updatedAt: { type: Date, default: null },
    updatedBy: { type: String, default: null },
  },
  { collection: 'places', versionKey: false },
);
// Multikey indexes: MongoDB serves both lookups from them; FerretDB v1 (SQLite) answers them by scanning.
placeSchema.index({ cells: 1, kind: 1 });
placeSchema.index({ regionPrefixes: 1, kind: 1 });

export function placeModel(db: Connection): Model<PlaceDoc> {
  return (db.models.Place as Model<PlaceDoc> | undefined) ?? db.model<PlaceDoc>('Place', placeSchema);
}
