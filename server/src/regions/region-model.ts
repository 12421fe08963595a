import { Schema, type Connection, type Model } from 'mongoose';
import type { RegionLevel } from '@ccs/shared';

/** A child as the region picker lists it, kept inside its parent's document. */
export interface RegionEntry {
  code: string;
  name: string;
  hasChildren: boolean;
}

export interface RegionDoc {
  /** The region code again: FerretDB v1 (SQLite) uses an index only for `_id` equality, so every lookup goes by `_id`. */
  _id: string;
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
  /** Direct children in code order, so listing them is one `_id` lookup instead of a scan on FerretDB. */
  children: RegionEntry[];
}

const entrySchema = new Schema<RegionEntry>(
  { code: { type: String, required: true }, name: { type: String, required: true }, hasChildren: { type: Boolean, required: true } },
  { _id: false },
);

/**
 * One administrative division (docs/policy.md "Region codes"). `code` keeps its natural length
 * (2 province, 4 city, 6 county, 9 township, 12 village), so a staff scope is a plain prefix
 * and a region's ancestors are the prefixes of its code. Written only by `loadRegions`.
 */
const regionSchema = new Schema<RegionDoc>(
  {
    _id: { type: String, required: true },
    code: { type: String, required: true },
    name: { type: String, required: true },
    level: { type: Number, required: true, min: 1, max: 5 },
    parentCode: { type: String, default: null },
    children: { type: [entrySchema], default: [] },
  },
  { collection: 'regions', versionKey: false },
);
regionSchema.index({ code: 1 }, { unique: true });
regionSchema.index({ parentCode: 1 });

export function regionModel(db: Connection): Model<RegionDoc> {
  return db.models.Region ?? db.model('Region', regionSchema);
}
