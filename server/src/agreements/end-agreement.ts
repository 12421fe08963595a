import { Types } from 'mongoose';
import { toIsoDate } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { agreementModel } from './agreement-model';
import { agreementKeyModel, claimAgreementKey } from './agreement-key-model';
import { agreementViewer } from './agreement-access';
import { loadAgreement, type LoadedAgreement } from './load-agreement';
import { relayAgreementNotices } from './remind-expiring-agreements';

const inForce = (loaded: LoadedAgreement) => loaded.status === 'signed' || loaded.status === 'filed';

/**
 * The parent ends an agreement in force early (a parent came home): terminated from today. The key
 * `<agreementId>:terminated` lets one ending win (a repeat or a racing second tap gets the first one's date and
 * reason) and is the outbox entry that tells the village's director.
 */
export async function terminateAgreement(deps: Pick<AppDeps, 'db'>, principal: Principal, agreementId: string, reason: string, now = new Date()): Promise<LoadedAgreement> {
  const loaded = await partyAgreement(deps, principal, agreementId);
  if (agreementViewer(principal, loaded.doc) !== 'parent') throw new AppError('FORBIDDEN', { detail: 'only the parent who made it may end it' });
  const key = `${agreementId}:terminated`;
  if (!(await agreementKeyModel(deps.db).exists({ _id: key }))) {
    if (!inForce(loaded)) throw new AppError('AGREEMENT_NOT_IN_FORCE');
    await claimAgreementKey(deps.db, {
      _id: key,
      agreementId,
      data: { event: 'agreementTerminated', accountId: principal.accountId, on: toIsoDate(now), reason, at: now.toISOString() },
      relayed: false,
      createdAt: now,
    });
  }
  const ended = (await agreementKeyModel(deps.db).findById(key).lean())!;
  if (loaded.doc.status !== 'terminated') {
    const termination = { on: ended.data.on as string, reason: ended.data.reason as string, at: new Date(ended.data.at as string) };
    await agreementModel(deps.db).updateOne({ _id: agreementId }, { $set: { status: 'terminated', termination } });
  }
  await relayAgreementNotices(deps, now).catch(() => undefined); // the job retries what this misses
  return (await loadAgreement(deps.db, agreementId))!;
}

/**
 * The village's child director records from a visit that the caregiver can no longer care for the children; the
 * parents are told to choose another caregiver (更换照护人). Once per agreement (`<agreementId>:caregiverUnable`).
 */
export async function markCaregiverUnable(deps: Pick<AppDeps, 'db'>, principal: Principal, agreementId: string, notes: string, now = new Date()): Promise<LoadedAgreement> {
  const loaded = await partyAgreement(deps, principal, agreementId);
  if (agreementViewer(principal, loaded.doc) !== 'staff') throw new AppError('FORBIDDEN');
  const key = `${agreementId}:caregiverUnable`;
  if (!(await agreementKeyModel(deps.db).exists({ _id: key }))) {
    if (!inForce(loaded)) throw new AppError('AGREEMENT_NOT_IN_FORCE');
    await claimAgreementKey(deps.db, {
      _id: key,
      agreementId,
      data: { event: 'caregiverUnable', accountId: principal.accountId, notes, at: now.toISOString() },
      relayed: false,
      createdAt: now,
    });
  }
  const marked = (await agreementKeyModel(deps.db).findById(key).lean())!;
  if (!loaded.doc.caregiverUnable) {
    const caregiverUnable = { at: new Date(marked.data.at as string), notes: marked.data.notes as string, by: new Types.ObjectId(marked.data.accountId as string) };
    await agreementModel(deps.db).updateOne({ _id: agreementId }, { $set: { caregiverUnable } });
  }
  await relayAgreementNotices(deps, now).catch(() => undefined);
  return (await loadAgreement(deps.db, agreementId))!;
}

async function partyAgreement(deps: Pick<AppDeps, 'db'>, principal: Principal, agreementId: string): Promise<LoadedAgreement> {
  const loaded = await loadAgreement(deps.db, agreementId);
  if (!loaded) throw new AppError('NOT_FOUND');
  return loaded;
}
