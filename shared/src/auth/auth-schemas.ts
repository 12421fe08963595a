import { z } from 'zod';
import { roles } from './roles';
import { SIGN_IN_TERMS_VERSION } from '../consent/sign-in-terms';

export const roleSchema = z.enum(roles);

/** Mainland mobile numbers: 11 digits starting with 1. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请输入11位手机号');

export const smsCodeRequestSchema = z.object({ phone: phoneSchema }).meta({ id: 'SmsCodeRequest' });
export const smsCodeSentSchema = z
  .object({ expiresInSeconds: z.number().int(), resendAfterSeconds: z.number().int() })
  .meta({ id: 'SmsCodeSent' });
/**
 * The version of 服务协议 and 个人信息处理说明 the person ticked on the sign-in page (consent/sign-in-terms.ts),
 * kept on the account. An older version is refused, so nobody is recorded as agreeing to words they were not shown.
 */
const signInTermsSchema = z
  .literal(SIGN_IN_TERMS_VERSION, '《服务协议》和《个人信息处理说明》已更新，请刷新后重新阅读并勾选同意')
  .optional()
  .meta({ description: '勾选同意的《服务协议》《个人信息处理说明》版本' });
export const smsLoginSchema = z
  .object({ phone: phoneSchema, code: z.string().trim().regex(/^\d{6}$/, '验证码是6位数字'), terms: signInTermsSchema })
  .meta({ id: 'SmsLogin' });
export const wechatLoginSchema = z.object({ code: z.string().min(1).max(128), terms: signInTermsSchema }).meta({ id: 'WechatLogin' });
/** The code of the mini-program's `getPhoneNumber` button, which the server exchanges for the family's phone number. */
export const wechatPhoneLinkSchema = z.object({ code: z.string().min(1).max(256) }).meta({ id: 'WechatPhoneLink' });
export const staffLoginSchema = z
  .object({ username: z.string().trim().min(1, '请输入用户名').max(64), password: z.string().min(1, '请输入密码').max(128) })
  .meta({ id: 'StaffLogin' });
export const refreshSchema = z.object({ refreshToken: z.string().min(1).max(256) }).meta({ id: 'RefreshRequest' });

/** 大字模式 (MIIT elderly-friendly design): chosen by the person, remembered on their account. */
export const textSizes = ['standard', 'large'] as const;
export const textSizeSchema = z.enum(textSizes);
export type TextSize = z.infer<typeof textSizeSchema>;

export const accountSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    roles: z.array(roleSchema),
    phoneMasked: z.string().nullable(),
    /** Region-code prefix a staff member may see; null for families and caregivers. */
    regionScope: z.string().nullable(),
    regionName: z.string().nullable(),
    /** null until the person chooses: the phone's own setting decides until then. */
    textSize: textSizeSchema.nullable(),
    /** Present on a staff sign-in with a password someone else set: the app asks for a new one before anything else. */
    passwordChangeRequired: z.literal(true).optional(),
  })
  .meta({ id: 'Account' });
export const preferencesSchema = z.object({ textSize: textSizeSchema }).meta({ id: 'Preferences' });
export type Preferences = z.infer<typeof preferencesSchema>;
export type Account = z.infer<typeof accountSchema>;

export const sessionSchema = z
  .object({
    accessToken: z.string(),
    accessTokenExpiresIn: z.number().int(),
    refreshToken: z.string(),
    account: accountSchema,
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof sessionSchema>;
