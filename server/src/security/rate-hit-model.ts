import { Schema, type Connection, type Model } from 'mongoose';
import { insertOnce } from '../db/insert-once';

/**
 * One counted request: a counter (`window`, e.g. `<bucket>:<scope>:<hashed key>:<window start>`) holds its hits as
 * numbered places, `_id` `<window>:<n>`. A place is taken by inserting it, so of requests racing for one place
 * exactly one gets it and no count is lost: FerretDB v1 runs an `$inc` as a read and a write (40 racing
 * increments of one counter were measured to count 18), and a count-then-insert lets racing requests all see room.
 * FerretDB v1 has no TTL index, so the background jobs delete hits whose `windowEndsAt` has passed.
 */
export interface RateHitDoc {
  _id: string;
  window: string;
  windowEndsAt: Date;
  at: Date;
}

const rateHitSchema = new Schema<RateHitDoc>(
  {
    _id: { type: String, required: true },
    window: { type: String, required: true, index: true },
    windowEndsAt: { type: Date, required: true, index: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export function rateHitModel(db: Connection): Model<RateHitDoc> {
  return db.models.RateHit ?? db.model<RateHitDoc>('RateHit', rateHitSchema, 'rate_limit_hits');
}

/** Takes place `n` of a counter; false when another request holds it already. */
export async function takePlace(db: Connection, window: string, n: number, windowEndsAt: Date, at = new Date()): Promise<boolean> {
  return (await insertOnce(rateHitModel(db), { _id: `${window}:${n}`, window, windowEndsAt, at })) !== null;
}

/**
 * Takes the lowest free place of a counter up to `max` and returns its number, or null when all are taken: exactly
 * `max` of any number of racing requests get one. It starts at the count, so the usual call is one count and one
 * insert. Places are only ever deleted a whole window at a time, so none below the count is free.
 */
export async function takeNextPlace(db: Connection, window: string, max: number, windowEndsAt: Date): Promise<number | null> {
  for (let n = (await rateHitModel(db).countDocuments({ window })) + 1; n <= max; n += 1) {
    if (await takePlace(db, window, n, windowEndsAt)) return n;
  }
  return null;
}
