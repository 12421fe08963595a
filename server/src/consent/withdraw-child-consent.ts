import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { childConsentModel } from './child-consent-model';

/**
 * Withdraws every consent the account holds. From then on nothing new about a child is saved; what was
 * done before stays valid (个人信息保护法 art. 15), and applications already submitted are decided by the
 * bureau as its duty (art. 13 (3)). Withdrawing twice changes nothing.
 */
export async function withdrawChildConsent(deps: Pick<AppDeps, 'db'>, accountId: string, ip: string | null, now = new Date()): Promise<void> {
  await childConsentModel(deps.db).updateMany(
    { accountId: new Types.ObjectId(accountId), withdrawnAt: null },
    { $set: { withdrawnAt: now }, $push: { events: { event: 'withdrawn', at: now, ip, channel: null } } },
  );
}
