import { Schema, type Connection, type Model } from 'mongoose';

interface CounterDoc {
  _id: string;
  seq: number;
}

const counterSchema = new Schema<CounterDoc>({ _id: String, seq: Number }, { collection: 'counters', versionKey: false });

function counterModel(db: Connection): Model<CounterDoc> {
  return db.models.Counter ?? db.model('Counter', counterSchema);
}

/**
 * The next application reference of a county and year, e.g. 520123-2026-000042: short enough to read out
 * on the phone. One atomic `$inc` on one document; a number taken by a submission that then lost a race
 * is skipped, never reused.
 */
export async function nextReference(db: Connection, countyCode: string, year: string): Promise<string> {
  const counter = await counterModel(db)
    .findOneAndUpdate({ _id: `application:${countyCode}:${year}` }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' })
    .lean();
  return `${countyCode}-${year}-${String(counter!.seq).padStart(6, '0')}`;
}
