import type { Connection } from 'mongoose';
import { applicationModel, postKeyOf } from './application-model';

/** Set once the backfill has run on a database; a restore of an older backup replaces `meta` and so runs it again. */
const DONE = { _id: 'holderPostBackfilled' };

/**
 * Cases stored before `holderPost` existed (an older database, a restored backup of one) get it from their holder,
 * so they are in their post's queue. Run at start; the filter keeps it from overwriting a step written meanwhile.
 * Its search (`$exists`) reads every case in FerretDB, so it runs once per database, not at every start.
 */
export async function backfillHolderPost(db: Connection): Promise<number> {
  const meta = db.db!.collection<{ _id: string }>('meta');
  if (await meta.findOne(DONE)) return 0;
  const Application = applicationModel(db);
  const missing = await Application.find({ holderPost: { $exists: false } }, { holder: 1 }).lean();
  for (const doc of missing) {
    await Application.updateOne({ _id: doc._id, holderPost: { $exists: false } }, { $set: { holderPost: doc.holder ? postKeyOf(doc.holder) : null } });
  }
  await meta.updateOne(DONE, { $set: { at: new Date() } }, { upsert: true });
  return missing.length;
}
