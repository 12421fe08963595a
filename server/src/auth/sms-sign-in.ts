import { randomInt, timingSafeEqual } from 'node:crypto';
import type { Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { fieldCipherOf } from '../crypto/attach-field-cipher';
import { rateHitModel, takeNextPlace, takePlace } from '../security/rate-hit-model';
import { SmsNotSent } from '../sms/sms-not-sent';
import { waitError } from '../security/wait-error';
import { smsCodeModel } from './sms-code-model';
import { findOrCreateAccount } from './find-or-create-account';
import { issueSession } from './issue-session';

const RESEND_AFTER_SECONDS = 60;
const MAX_ATTEMPTS = 5;

/** A keyed hash (HMAC under the server's lookup key): a copy of the database alone cannot try the million codes. */
const hashCode = (deps: AppDeps, phone: string, code: string) => fieldCipherOf(deps.db).lookupHash(`smsCode:${phone}:${code}`);

/** Sends a 6-digit sign-in code; a phone may ask again only after a minute. */
export async function requestSmsCode(deps: AppDeps, phone: string) {
  const now = new Date();
  const codes = smsCodeModel(deps.db);
  const previous = await codes.findOne({ phone }).lean();
  // A code that signed someone in may be followed at once (signing out and in again).
  const waitSeconds = previous && !previous.usedAt ? RESEND_AFTER_SECONDS - (now.getTime() - previous.sentAt.getTime()) / 1000 : 0;
  if (waitSeconds > 0) throw waitError('SMS_TOO_FREQUENT', waitSeconds);
  // One request may follow a given code (or a phone's first): it inserts the place named after the code it replaces.
  const successor = `smsCode:${fieldCipherOf(deps.db).lookupHash(phone)}:${previous?.sentAt.getTime() ?? 'first'}`;
  if (!(await takePlace(deps.db, successor, 1, new Date(now.getTime() + RESEND_AFTER_SECONDS * 1000)))) {
    throw waitError('SMS_TOO_FREQUENT', RESEND_AFTER_SECONDS);
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const expiresAt = new Date(now.getTime() + deps.config.SMS_CODE_TTL_SECONDS * 1000);
  await codes.updateOne({ phone }, { $set: { codeHash: hashCode(deps, phone, code), sentAt: now, expiresAt, usedAt: null } }, { upsert: true });
  const minutes = Math.round(deps.config.SMS_CODE_TTL_SECONDS / 60);
  try {
    await deps.sms.send(phone, 'signInCode', { code, minutes: String(minutes) });
  } catch (error) {
    // A code that never left is taken back: the one sent before stays valid, and the family may ask again at once.
    if (previous) await codes.replaceOne({ _id: previous._id }, previous);
    else await codes.deleteOne({ phone });
    await rateHitModel(deps.db).deleteOne({ _id: `${successor}:1` });
    const carrierCode = error instanceof SmsNotSent ? error.code : 'unknown';
    deps.logger.warn({ sms: { template: 'signInCode', code: carrierCode } }, 'sign-in code not sent');
    throw new AppError(carrierCode.startsWith('LimitExceeded.') ? 'SMS_CARRIER_LIMIT' : 'SMS_NOT_SENT', { detail: carrierCode });
  }
  return { expiresInSeconds: deps.config.SMS_CODE_TTL_SECONDS, resendAfterSeconds: RESEND_AFTER_SECONDS };
}

/**
 * Signs a family member in with the code sent to their phone. Each try takes one of the code's five places before
 * it is compared, so racing tries get exactly five comparisons; the one right try that takes the code's single
 * "used" place signs in, so the code works once.
 */
export async function signInWithSms(deps: AppDeps, phone: string, code: string): Promise<Session> {
  const codes = smsCodeModel(deps.db);
  const pending = await codes.findOne({ phone }).lean();
  if (!pending || pending.usedAt) throw new AppError('SMS_CODE_INVALID');
  if (pending.expiresAt.getTime() < Date.now()) throw new AppError('SMS_CODE_EXPIRED');
  const tries = `smsTry:${String(pending._id)}:${pending.sentAt.getTime()}`;
  if ((await takeNextPlace(deps.db, tries, MAX_ATTEMPTS, pending.expiresAt)) === null) {
    throw new AppError('SMS_CODE_INVALID', { detail: `all ${MAX_ATTEMPTS} tries of the code used` });
  }
  const given = Buffer.from(hashCode(deps, phone, code));
  const stored = Buffer.from(pending.codeHash);
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) throw new AppError('SMS_CODE_INVALID');
  if (!(await takePlace(deps.db, `${tries}:used`, 1, pending.expiresAt))) throw new AppError('SMS_CODE_INVALID', { detail: 'code used' });
  await codes.updateOne({ _id: pending._id }, { $set: { usedAt: new Date() } });
  const account = await findOrCreateAccount(deps, 'phone', phone, phone);
  return issueSession(deps, account);
}
