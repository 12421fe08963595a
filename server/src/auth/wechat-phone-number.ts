import { z } from 'zod';
import { phoneSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { wechatAccessToken } from '../wechat/wechat-access-token';
import { wechatApiBase } from './wechat-sign-in';

/** The documented answer of `phonenumber.getPhoneNumber` (POST /wxa/business/getuserphonenumber). */
const phoneNumberSchema = z.object({
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
  phone_info: z
    .object({
      purePhoneNumber: z.string(),
      // Documented as a string, answered as a number by some versions.
      countryCode: z.union([z.string(), z.number()]).transform(String),
      watermark: z.object({ appid: z.string() }),
    })
    .optional(),
});

/** WeChat's answers for a code that is wrong, expired or used: the family taps again for a new one. */
const codeRefused = new Set([40029, 40163, 40066, 41002]);

/**
 * The phone number the person chose in the mini-program's `getPhoneNumber` button, from WeChat's own record
 * (the code is one-use and lives five minutes). Only a mainland number can be the same account as an SMS sign-in.
 */
export async function wechatPhoneNumber(deps: AppDeps, code: string): Promise<string> {
  const base = wechatApiBase(deps);
  const token = await wechatAccessToken(deps);
  let answer: z.infer<typeof phoneNumberSchema>;
  try {
    const response = await fetch(`${base}/wxa/business/getuserphonenumber?access_token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
      signal: AbortSignal.timeout(5_000),
    });
    answer = phoneNumberSchema.parse(await response.json());
  } catch (cause) {
    throw new AppError('WECHAT_UNAVAILABLE', { cause, detail: 'getuserphonenumber unreachable or malformed' });
  }
  if (answer.errcode && codeRefused.has(answer.errcode)) throw new AppError('WECHAT_PHONE_CODE_INVALID', { detail: `getuserphonenumber errcode ${answer.errcode}` });
  if (answer.errcode || !answer.phone_info) throw new AppError('WECHAT_UNAVAILABLE', { detail: `getuserphonenumber errcode ${answer.errcode}: ${answer.errmsg}` });
  const info = answer.phone_info;
  if (info.watermark.appid !== deps.config.WECHAT_APPID) throw new AppError('WECHAT_UNAVAILABLE', { detail: 'getuserphonenumber answered for another appid' });
  const phone = phoneSchema.safeParse(info.purePhoneNumber);
  if (info.countryCode !== '86' || !phone.success) throw new AppError('PHONE_NOT_MAINLAND');
  return phone.data;
}
