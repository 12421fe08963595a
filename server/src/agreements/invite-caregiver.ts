import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { accountModel } from '../auth/account-model';
import { agreementModel } from './agreement-model';
import { agreementKeyModel, claimAgreementKey } from './agreement-key-model';
import { agreementViewer } from './agreement-access';
import { sha256Hex } from './agreement-content-hash';
import { loadAgreement, type LoadedAgreement } from './load-agreement';

/** How long an invitation link can be opened: long enough for a grandparent to get help with the phone. */
const invitationDays = 30;
const invitableStatuses = ['draft', 'awaitingSignatures', 'signed'];

/**
 * A link for the caregiver (share card or QR code). The token is random and only its hash is stored, so the
 * database alone cannot be used to join someone else's agreement.
 */
export async function inviteCaregiver(deps: AppDeps, principal: Principal, agreementId: string): Promise<{ token: string; url: string }> {
  const loaded = await loadAgreement(deps.db, agreementId);
  if (!loaded || agreementViewer(principal, loaded.doc) !== 'parent') throw new AppError('NOT_FOUND', { detail: 'only the parent invites' });
  if (!invitableStatuses.includes(loaded.status)) throw new AppError('AGREEMENT_NOT_EDITABLE');
  const token = randomBytes(24).toString('base64url');
  await claimAgreementKey(deps.db, { _id: `invitation:${sha256Hex(token)}`, agreementId, data: { by: principal.accountId }, createdAt: new Date() });
  return { token, url: `/#/packages/agreements/pages/invite/index?token=${token}` };
}

/**
 * The signed-in person opening the invitation becomes the agreement's caregiver account and gets the
 * `caregiver` role. The first account to accept holds it (a unique key): the link passed on to someone else
 * afterwards opens nothing. The same account accepting again gets the same agreement.
 */
export async function acceptInvitation(deps: AppDeps, principal: Principal, token: string, now = new Date()): Promise<LoadedAgreement> {
  const invitation = await agreementKeyModel(deps.db).findById(`invitation:${sha256Hex(token)}`).lean();
  if (!invitation || now.getTime() - invitation.createdAt.getTime() > invitationDays * 86_400_000) throw new AppError('INVITATION_INVALID');
  const loaded = await loadAgreement(deps.db, invitation.agreementId);
  if (!loaded || !invitableStatuses.includes(loaded.status)) throw new AppError('INVITATION_INVALID');
  if (loaded.doc.parentAccountId.toString() === principal.accountId) {
    throw new AppError('INVITATION_INVALID', { detail: 'the parent opened their own invitation' });
  }
  const agreementId = loaded.doc._id;
  const key = `${agreementId}:caregiver`;
  await claimAgreementKey(deps.db, { _id: key, agreementId, data: { accountId: principal.accountId }, createdAt: now });
  const holder = await agreementKeyModel(deps.db).findById(key).lean();
  if (holder?.data.accountId !== principal.accountId) throw new AppError('INVITATION_INVALID', { detail: 'another account accepted first' });
  const accountId = new Types.ObjectId(principal.accountId);
  await agreementModel(deps.db).updateOne({ _id: agreementId }, { $set: { caregiverAccountId: accountId } });
  await accountModel(deps.db).updateOne({ _id: accountId }, { $addToSet: { roles: 'caregiver' } });
  return (await loadAgreement(deps.db, agreementId))!;
}
