import { Schema, type Connection, type Model } from 'mongoose';

/**
 * One counted request: a rate-limit window (`<bucket>:<scope>:<hashed key>:<window start>`) holds as many hits as
 * requests were let through or refused in it. Each hit is its own insert, so no count is lost when requests race:
 * FerretDB v1 runs an `$inc` as a read and a write, and 40 racing increments of one counter were measured to count
 * 18. FerretDB v1 has no TTL index, so the background jobs delete hits of windows that have ended.
 */
export interface RateHitDoc {
  window: string;
  windowEndsAt: Date;
}

const rateHitSchema = new Schema<RateHitDoc>(
  {
    window: { type: String, required: true, index: true },
    windowEndsAt: { type: Date, required: true, index: true },
  },
  { versionKey: false },
);

export function rateHitModel(db: Connection): Model<RateHitDoc> {
  return db.models.RateHit ?? db.model<RateHitDoc>('RateHit', rateHitSchema, 'rate_limit_hits');
}
