import { Schema, type Connection, type Model } from 'mongoose';
import type { ParameterFile } from '@ccs/shared';

/** One published figure: the value a region's standard takes from a date on. Never edited once stored. */
export interface ParameterEntry {
  /** Region code at natural length (52 Guizhou, 5201 Guiyang, 520123 修文县 …). */
  regionCode: string;
  /** `YYYY-MM-DD`: the value applies to dates (and months) from this day on. */
  effectiveFrom: string;
  value: number;
}

export interface ParameterDoc {
  /** The dotted parameter name, e.g. `benefits.orphan_allowance.scattered_amount`; every lookup goes by `_id`. */
  _id: string;
  description: string;
  unit: ParameterFile['unit'];
  reference: string;
  basis: ParameterFile['basis'];
  /** Append-only history: a raise is a new entry, an old entry is never changed or removed. */
  values: ParameterEntry[];
}

const entrySchema = new Schema<ParameterEntry>(
  {
    regionCode: { type: String, required: true },
    effectiveFrom: { type: String, required: true },
    value: { type: Number, required: true, min: 0 },
  },
  { _id: false },
);

/**
 * Standards and time limits by region and effective date (shared/parameters/README.md), one document per
 * parameter so a lookup is a single `_id` read on FerretDB v1. Seeded from the files by `seedParameters`.
 */
const parameterSchema = new Schema<ParameterDoc>(
  {
    _id: { type: String, required: true },
    description: { type: String, required: true },
    unit: { type: String, required: true },
    reference: { type: String, required: true },
    basis: { type: String, required: true },
    values: { type: [entrySchema], default: [] },
  },
  { collection: 'parameters', versionKey: false },
);

export function parameterModel(db: Connection): Model<ParameterDoc> {
  return db.models.Parameter ?? db.model('Parameter', parameterSchema);
}
