import type { DeclineReason } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { agreementModel } from './agreement-model';
import { agreementKeyModel, claimAgreementKey } from './agreement-key-model';
import { agreementViewer } from './agreement-access';
import { loadAgreement, type LoadedAgreement } from './load-agreement';
import { relayAgreementNotices } from './remind-expiring-agreements';

/**
 * The invited caregiver says no before signing: the agreement is declined for good and the parent is told
 * through the notification outbox (the key `<agreementId>:declined`, which also lets one answer win: a repeat
 * gets the first one's reason). Only the account that accepted the invitation may, and not once it has signed
 * the agreement as it stands: from then on the parent ends it or changes the caregiver.
 */
export async function declineAgreement(deps: Pick<AppDeps, 'db'>, principal: Principal, agreementId: string, reason: DeclineReason | undefined, now = new Date()): Promise<LoadedAgreement> {
  const loaded = await loadAgreement(deps.db, agreementId);
  if (!loaded) throw new AppError('NOT_FOUND');
  if (agreementViewer(principal, loaded.doc) !== 'caregiver') throw new AppError('FORBIDDEN', { detail: 'only the invited caregiver may decline' });
  const key = `${agreementId}:declined`;
  if (!(await agreementKeyModel(deps.db).exists({ _id: key }))) {
    if (loaded.signatures.some((signature) => signature.party === 'caregiver')) throw new AppError('AGREEMENT_ALREADY_SIGNED');
    if (loaded.status !== 'draft' && loaded.status !== 'awaitingSignatures') throw new AppError('AGREEMENT_NOT_EDITABLE');
    await claimAgreementKey(deps.db, {
      _id: key,
      agreementId,
      data: { event: 'caregiverDeclined', accountId: principal.accountId, reason: reason ?? null, at: now.toISOString() },
      relayed: false,
      createdAt: now,
    });
  }
  const answer = (await agreementKeyModel(deps.db).findById(key).lean())!;
  if (loaded.doc.status !== 'declined') {
    const declined = { at: new Date(answer.data.at as string), reason: (answer.data.reason as DeclineReason | null) ?? null };
    await agreementModel(deps.db).updateOne({ _id: agreementId }, { $set: { status: 'declined', declined } });
  }
  await relayAgreementNotices(deps, now).catch(() => undefined); // the job retries what this misses
  return (await loadAgreement(deps.db, agreementId))!;
}
