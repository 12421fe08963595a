import { Schema, type Connection, type Model } from 'mongoose';
import { isDuplicateKey } from '../db/is-duplicate-key';

interface CounterDoc {
  _id: string;
  seq: number;
}

interface ReferenceClaimDoc {
  /** The reference itself, e.g. 520123-2026-000042. */
  _id: string;
  claimedAt: Date;
}

const counterSchema = new Schema<CounterDoc>({ _id: String, seq: Number }, { collection: 'counters', versionKey: false });
const referenceClaimSchema = new Schema<ReferenceClaimDoc>({ _id: String, claimedAt: Date }, { collection: 'reference_claims', versionKey: false });

function counterModel(db: Connection): Model<CounterDoc> {
  return db.models.Counter ?? db.model('Counter', counterSchema);
}

function referenceClaimModel(db: Connection): Model<ReferenceClaimDoc> {
  return db.models.ReferenceClaim ?? db.model('ReferenceClaim', referenceClaimSchema);
}

/**
 * The next application reference of a county and year, e.g. 520123-2026-000042: short enough to read out
 * on the phone. The counter's `$inc` only suggests a number: FerretDB v1 reads and writes it in two steps, so
 * racing submissions were handed the same one (the crash test saw 20 of 40). A number is taken by inserting it
 * into `reference_claims`, whose unique `_id` lets one submission have it; the others move on to the next.
 * A number taken by a submission that then lost a race or died is skipped, never reused.
 */
export async function nextReference(db: Connection, countyCode: string, year: string): Promise<string> {
  const counterId = `application:${countyCode}:${year}`;
  for (;;) {
    try {
      const counter = await counterModel(db)
        .findOneAndUpdate({ _id: counterId }, { $inc: { seq: 1 } }, { upsert: true, returnDocument: 'after' })
        .lean();
      const reference = `${countyCode}-${year}-${String(counter!.seq).padStart(6, '0')}`;
      await referenceClaimModel(db).create({ _id: reference, claimedAt: new Date() });
      return reference;
    } catch (error) {
      // Another submission took this number (or created the counter first): take the next one.
      if (!isDuplicateKey(error)) throw error;
    }
  }
}
