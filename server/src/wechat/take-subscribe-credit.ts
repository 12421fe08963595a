import type { Types } from 'mongoose';
import type { SubscribeMessageName } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { insertOnce } from '../db/insert-once';
import { subscribeCreditModel, subscribeCreditUseModel } from './subscribe-credit-model';

/** Credits looked at per call: more open than this means the person accepted many times, any of them will do. */
const LOOK_AT = 10;

/**
 * Spends one of the person's credits for a template on a notification, oldest first; true when it holds one. A
 * notification tried again (WeChat did not answer) keeps the credit it took, so a retry never spends a second one.
 * The use is claimed by a unique insert; `usedBy` is then set on the credit so the next look skips it.
 */
export async function takeSubscribeCredit(
  deps: Pick<AppDeps, 'db'>,
  accountId: Types.ObjectId,
  template: SubscribeMessageName,
  notificationId: string,
  now = new Date(),
): Promise<boolean> {
  const Credits = subscribeCreditModel(deps.db);
  const Uses = subscribeCreditUseModel(deps.db);
  if (await Credits.exists({ accountId, template, usedBy: notificationId })) return true;
  const open = await Credits.find({ accountId, template, usedBy: null }, { _id: 1 }).sort({ at: 1 }).limit(LOOK_AT).lean();
  for (const credit of open) {
    const use = (await insertOnce(Uses, { _id: credit._id, notificationId, at: now })) ?? (await Uses.findById(credit._id).lean());
    // A use whose `usedBy` was not yet written (its sender stopped in between) is written now, whoever it is.
    if (use) await Credits.updateOne({ _id: credit._id }, { $set: { usedBy: use.notificationId } });
    if (use?.notificationId === notificationId) return true;
  }
  return false;
}
