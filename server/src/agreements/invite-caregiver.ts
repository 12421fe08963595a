import { randomBytes } from 'node:crypto';
import { Types } from 'mongoose';
import { parentRoleLabels, toIsoDate, type Invitation, type InvitationPreview, type ParentRole } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { accountModel } from '../auth/account-model';
import { maskPhone } from '../auth/issue-session';
import { findParameterValue } from '../parameters/find-parameter-value';
import { waitError } from '../security/wait-error';
import { SmsNotSent } from '../sms/sms-not-sent';
import { agreementModel, type AgreementDoc } from './agreement-model';
import { agreementKeyModel, claimAgreementKey, type AgreementKeyDoc } from './agreement-key-model';
import { agreementViewer } from './agreement-access';
import { sha256Hex } from './agreement-content-hash';
import { maskName } from './agreement-view';
import { loadAgreement, type LoadedAgreement } from './load-agreement';
import { randomCode } from './random-code';

/** How long an invitation link can be opened: long enough for a grandparent to get help with the phone. */
const invitationDays = 30;
const invitableStatuses = ['draft', 'awaitingSignatures', 'signed'];
const resendMinutesParameter = 'agreements.invitation_sms_resend_minutes';
const maxSmsParameter = 'agreements.invitation_sms_max';

/** The SMS's invitation code: 10 characters (50 bits), typed as two groups of five. */
const smsCodeLength = 10;
/** A typed code in any case, with or without its dash or spaces; a link's long token as it is. */
const invitationKeyOf = (token: string) => `invitation:${sha256Hex(token.length > 14 ? token : token.toUpperCase().replace(/[^A-Z0-9]/g, ''))}`;
const smsKeyPrefix = (agreementId: string) => `${agreementId}:invitationSms:`;

/**
 * A link for the caregiver (share card or QR code), and an SMS to the caregiver's phone with a short code that
 * opens the same invitation. The tokens are random and only their hashes are stored, so the database alone cannot
 * be used to join someone else's agreement. The SMS goes once: a repeat of the request (a weak network) sends no
 * second one; `resendSms` sends another after the wait and up to the number the parameters allow.
 */
export async function inviteCaregiver(deps: AppDeps, principal: Principal, agreementId: string, resendSms = false, now = new Date()): Promise<Invitation> {
  const loaded = await loadAgreement(deps.db, agreementId);
  if (!loaded || agreementViewer(principal, loaded.doc) !== 'parent') throw new AppError('NOT_FOUND', { detail: 'only the parent invites' });
  if (!invitableStatuses.includes(loaded.status)) throw new AppError('AGREEMENT_NOT_EDITABLE');
  const token = randomBytes(24).toString('base64url');
  await claimAgreementKey(deps.db, { _id: invitationKeyOf(token), agreementId, data: { by: principal.accountId }, createdAt: now });
  return { token, url: `/#/packages/agreements/pages/invite/index?token=${token}`, sms: await sendInvitationSms(deps, loaded.doc, resendSms, now) };
}

/**
 * The n-th SMS of an agreement is the key `<agreementId>:invitationSms:<n>`, claimed before it is sent, so racing
 * requests send it once. A send that fails gives the place back, so the parent can try again at once; null when the
 * first SMS could not go (the carrier refused or did not answer).
 */
async function sendInvitationSms(deps: AppDeps, doc: AgreementDoc, resend: boolean, now: Date): Promise<Invitation['sms']> {
  const today = toIsoDate(now);
  const waitMinutes = (await findParameterValue(deps.db, resendMinutesParameter, doc.villageCode, today))!.value;
  const max = (await findParameterValue(deps.db, maxSmsParameter, doc.villageCode, today))!.value;
  const sent = await sentInvitationSms(deps, doc._id);
  const last = sent.at(-1);
  if (!last || resend) {
    if (last) {
      const waitMs = last.createdAt.getTime() + waitMinutes * 60_000 - now.getTime();
      if (sent.length >= max) throw new AppError('INVITATION_SMS_LIMIT', { detail: `${sent.length} sent` });
      if (waitMs > 0) throw waitError('INVITATION_SMS_WAIT', waitMs / 1000, 'resent too soon');
    }
    const code = randomCode(smsCodeLength);
    const smsKey = `${smsKeyPrefix(doc._id)}${sent.length + 1}`;
    if (await claimAgreementKey(deps.db, { _id: smsKey, agreementId: doc._id, data: {}, createdAt: now })) {
      await claimAgreementKey(deps.db, { _id: invitationKeyOf(code), agreementId: doc._id, data: { sms: sent.length + 1 }, createdAt: now });
      const parent = doc.parents[0]!;
      const [first, ...others] = doc.children;
      try {
        await deps.sms.send(doc.caregiver.phone, 'caregiverInvitation', {
          parent: `${parentRoleLabels[parent.role as ParentRole] ?? ''}${maskName(parent.name)}`,
          child: `${maskName(first!.name)}${others.length > 0 ? `等${doc.children.length}个孩子` : ''}`,
          inviteCode: `${code.slice(0, 5)}-${code.slice(5)}`,
          days: String(invitationDays),
        });
      } catch (error) {
        await agreementKeyModel(deps.db).deleteMany({ _id: { $in: [smsKey, invitationKeyOf(code)] } });
        const carrierCode = error instanceof SmsNotSent ? error.code : 'unknown';
        deps.logger.warn({ sms: { template: 'caregiverInvitation', code: carrierCode } }, 'invitation SMS not sent');
        // The link and QR code work without it: a first invitation goes on and says the SMS did not go; a re-send is refused.
        if (resend) throw new AppError('INVITATION_SMS_NOT_SENT', { detail: carrierCode });
        return null;
      }
    }
    return sendInvitationSms(deps, doc, false, now);
  }
  return {
    maskedPhone: maskPhone(doc.caregiver.phone)!,
    sentAt: last.createdAt.toISOString(),
    resendAt: sent.length >= max ? null : new Date(last.createdAt.getTime() + waitMinutes * 60_000).toISOString(),
  };
}

async function sentInvitationSms(deps: AppDeps, agreementId: string): Promise<AgreementKeyDoc[]> {
  const keys = await agreementKeyModel(deps.db).find({ agreementId }).lean();
  const seq = (key: AgreementKeyDoc) => Number(key._id.slice(smsKeyPrefix(agreementId).length));
  return keys.filter((key) => key._id.startsWith(smsKeyPrefix(agreementId))).sort((a, b) => seq(a) - seq(b));
}

/** The agreement an invitation (link token or SMS code) opens, while it may still be accepted. */
async function invitedAgreement(deps: Pick<AppDeps, 'db'>, token: string, now: Date): Promise<LoadedAgreement> {
  const invitation = await agreementKeyModel(deps.db).findById(invitationKeyOf(token)).lean();
  if (!invitation || now.getTime() - invitation.createdAt.getTime() > invitationDays * 86_400_000) throw new AppError('INVITATION_INVALID');
  const loaded = await loadAgreement(deps.db, invitation.agreementId);
  if (!loaded || !invitableStatuses.includes(loaded.status)) throw new AppError('INVITATION_INVALID');
  return loaded;
}

/**
 * What the invitation page says before anything is accepted: who invites (the parent's name and relation), whom,
 * for which children and until when. No ID numbers or phone numbers: the token is all the reader has shown.
 */
export async function previewInvitation(deps: Pick<AppDeps, 'db'>, token: string, now = new Date()): Promise<InvitationPreview> {
  const { doc } = await invitedAgreement(deps, token, now);
  const parent = doc.parents[0]!;
  return {
    parent: { name: parent.name, role: parentRoleLabels[parent.role as ParentRole] ?? parent.role },
    caregiverName: doc.caregiver.name,
    children: doc.children.map((child) => child.name),
    period: doc.period,
  };
}

/**
 * The signed-in person opening the invitation becomes the agreement's caregiver account and gets the
 * `caregiver` role. The first account to accept holds it (a unique key): the link passed on to someone else
 * afterwards opens nothing. The same account accepting again gets the same agreement.
 */
export async function acceptInvitation(deps: AppDeps, principal: Principal, token: string, now = new Date()): Promise<LoadedAgreement> {
  const loaded = await invitedAgreement(deps, token, now);
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
