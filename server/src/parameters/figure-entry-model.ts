import { Schema, type Connection, type Model } from 'mongoose';
import type { FigureEntry } from '@ccs/shared';

/**
 * A value an administrator entered for their region (shared/parameters/README.md "Entered by a region"), append-only:
 * inserted once and never changed; a correction is a later entry, which wins for the same region and date. `_id` is
 * `<account>:<Idempotency-Key>`, so a submission repeated on a weak network stores one entry.
 */
export interface FigureEntryDoc extends FigureEntry {
  _id: string;
  /** The parameter's dotted name. */
  name: string;
  enteredBy: string;
  enteredByName: string | null;
  enteredAt: Date;
}

const figureEntrySchema = new Schema<FigureEntryDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true, index: true },
    regionCode: { type: String, required: true },
    effectiveFrom: { type: String, required: true },
    value: { type: Number, required: true },
    documentNumber: { type: String, required: true },
    enteredBy: { type: String, required: true },
    enteredByName: { type: String, default: null },
    enteredAt: { type: Date, required: true },
  },
  { collection: 'figure_entries', versionKey: false },
);

export function figureEntryModel(db: Connection): Model<FigureEntryDoc> {
  return (db.models.FigureEntry as Model<FigureEntryDoc> | undefined) ?? db.model<FigureEntryDoc>('FigureEntry', figureEntrySchema);
}
