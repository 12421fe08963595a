import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { smsCodeModel } from './sms-code-model';
import { findOrCreateAccount } from './find-or-create-account';
import { issueSession } from './issue-session';

const RESEND_AFTER_SECONDS = 60;
const MAX_ATTEMPTS = 5;

function hashCode(phone: string, code: string): string {
  return createHash('sha256').update(`${phone}:${code}`).digest('hex');
}

/** Sends a 6-digit sign-in code; a phone may ask again only after a minute. */
export async function requestSmsCode(deps: AppDeps, phone: string) {
  const now = new Date();
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const codes = smsCodeModel(deps.db);
  const resendBefore = new Date(now.getTime() - RESEND_AFTER_SECONDS * 1000);
  // One atomic write: replace the pending code unless one was sent within the last minute.
  const update = {
    $set: {
      codeHash: hashCode(phone, code),
      sentAt: now,
      expiresAt: new Date(now.getTime() + deps.config.SMS_CODE_TTL_SECONDS * 1000),
      attempts: 0,
    },
  };
  const replaced = await codes.findOneAndUpdate({ phone, sentAt: { $lt: resendBefore } }, update);
  if (!replaced) {
    try {
      await codes.create({ phone, ...update.$set });
    } catch (error) {
      if ((error as { code?: number }).code === 11000) throw new AppError('SMS_TOO_FREQUENT');
      throw error;
    }
  }
  const minutes = Math.round(deps.config.SMS_CODE_TTL_SECONDS / 60);
  await deps.sms.send(phone, `【儿童关爱服务】您的登录验证码是${code}，${minutes}分钟内有效。请勿告诉他人。`, { code });
  return { expiresInSeconds: deps.config.SMS_CODE_TTL_SECONDS, resendAfterSeconds: RESEND_AFTER_SECONDS };
}

/** Signs a family member in with the code sent to their phone; each code works once. */
export async function signInWithSms(deps: AppDeps, phone: string, code: string): Promise<Session> {
  const codes = smsCodeModel(deps.db);
  const pending = await codes.findOne({ phone }).lean();
  if (!pending || pending.attempts >= MAX_ATTEMPTS) throw new AppError('SMS_CODE_INVALID');
  if (pending.expiresAt.getTime() < Date.now()) throw new AppError('SMS_CODE_EXPIRED');
  const given = Buffer.from(hashCode(phone, code));
  if (!timingSafeEqual(given, Buffer.from(pending.codeHash))) {
    await codes.updateOne({ _id: pending._id }, { $inc: { attempts: 1 } });
    throw new AppError('SMS_CODE_INVALID');
  }
  // Consume the code atomically so a replayed request cannot use it twice.
  const consumed = await codes.findOneAndDelete({ _id: pending._id, codeHash: pending.codeHash });
  if (!consumed) throw new AppError('SMS_CODE_INVALID');
  const account = await findOrCreateAccount(deps, 'phone', phone, phone);
  return issueSession(deps, account);
}
