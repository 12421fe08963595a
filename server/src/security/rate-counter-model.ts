import { Schema, type Connection, type Model } from 'mongoose';

/**
 * One fixed-window request counter, `_id` `<bucket>:<scope>:<hashed key>:<window start>`: a single-document
 * `$inc` upsert counts a request, so every API instance shares the count. FerretDB v1 has no TTL index, so
 * the background jobs delete windows that have ended (`deleteEndedRateWindows`).
 */
export interface RateCounterDoc {
  _id: string;
  count: number;
  windowEndsAt: Date;
}

const rateCounterSchema = new Schema<RateCounterDoc>(
  {
    _id: { type: String, required: true },
    count: { type: Number, required: true },
    windowEndsAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);

export function rateCounterModel(db: Connection): Model<RateCounterDoc> {
  return db.models.RateCounter ?? db.model<RateCounterDoc>('RateCounter', rateCounterSchema, 'rate_limit_counters');
}
