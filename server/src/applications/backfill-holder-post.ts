import type { Connection } from 'mongoose';
import { applicationModel, postKeyOf } from './application-model';

/**
 * Cases stored before `holderPost` existed (an older database, a restored backup of one) get it from their holder,
 * so they are in their post's queue. Run at start; the filter keeps it from overwriting a step written meanwhile.
 */
export async function backfillHolderPost(db: Connection): Promise<number> {
  const Application = applicationModel(db);
  const missing = await Application.find({ holderPost: { $exists: false } }, { holder: 1 }).lean();
  for (const doc of missing) {
    await Application.updateOne({ _id: doc._id, holderPost: { $exists: false } }, { $set: { holderPost: doc.holder ? postKeyOf(doc.holder) : null } });
  }
  return missing.length;
}
