import { Schema, type Connection, type Model } from 'mongoose';
import type { HolidayYear } from '@ccs/shared';

/**
 * One entry of a year's official holidays, append-only: `_id` `<year>#<version>`, inserted once and never changed;
 * a corrected notice is entered as the next version, and the latest version of each year is the one in force.
 */
export interface HolidayYearDoc extends HolidayYear {
  _id: string;
  version: number;
  enteredBy: string;
  enteredAt: Date;
}

const holidayYearSchema = new Schema<HolidayYearDoc>(
  {
    _id: { type: String, required: true },
    year: { type: Number, required: true, index: true },
    version: { type: Number, required: true },
    notice: { type: String, required: true },
    festivals: { type: [{ _id: false, festival: String, from: String, to: String }], required: true },
    workdays: { type: [String], required: true },
    enteredBy: { type: String, required: true },
    enteredAt: { type: Date, required: true },
  },
  { collection: 'holiday_years', versionKey: false },
);

export function holidayYearModel(db: Connection): Model<HolidayYearDoc> {
  return (db.models.HolidayYear as Model<HolidayYearDoc> | undefined) ?? db.model<HolidayYearDoc>('HolidayYear', holidayYearSchema);
}
