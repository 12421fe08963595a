import type { Connection } from 'mongoose';
import { holidayYearModel, type HolidayYearDoc } from './holiday-year-model';

/** The version in force of each entered year (its latest), oldest year first. */
export async function enteredHolidayYears(db: Connection): Promise<HolidayYearDoc[]> {
  const latest = new Map<number, HolidayYearDoc>();
  for (const doc of await holidayYearModel(db).find().sort({ year: 1, version: 1 }).lean()) latest.set(doc.year, doc);
  return [...latest.values()];
}
