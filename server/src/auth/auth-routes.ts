import { z } from 'zod';
import {
  accountSchema,
  preferencesSchema,
  refreshSchema,
  sessionSchema,
  smsCodeRequestSchema,
  smsCodeSentSchema,
  smsLoginSchema,
  staffLoginSchema,
  staffRoles,
  wechatLoginSchema,
  wechatPhoneLinkSchema,
  type Session,
} from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { requestSmsCode, signInWithSms } from './sms-sign-in';
import { signInWithWechat } from './wechat-sign-in';
import { linkWechatPhone } from './link-wechat-phone';
import { signInStaff } from './staff-sign-in';
import { recordTermsAgreed } from './record-terms-agreed';
import { REFRESH_TOKEN_REUSE, refreshSession, signOut } from './refresh-session';
import { loadAccount, savePreferences } from './find-or-create-account';
import { maskPhone, toAccountView } from './issue-session';
import { maskUsername, ownAccount, phoneAttempt, refreshTokenHolder, signedIn, staffSignInAttempt } from '../audit/audit-subjects';
import { consumeRateLimit, failedPasswordsFromAddress } from '../security/rate-limit';
import { addressKey } from '../security/address-key';

export function authRoutes(deps: AppDeps) {
  const tag = 'auth';
  /** A family sign-in keeps the terms version the person ticked on the sign-in page. */
  const agreed = async (session: Session, terms: string | undefined) => {
    if (terms) await recordTermsAgreed(deps, session.account.id, terms);
    return session;
  };
  return [
    defineRoute({
      method: 'post', path: '/api/auth/sms-codes', tag, access: 'public', status: 202,
      summary: '发送短信验证码（H5 门户登录）',
      body: smsCodeRequestSchema, response: smsCodeSentSchema,
      rateLimit: ({ ctx, body }) => consumeRateLimit(deps, ctx, 'smsCode', body.phone),
      audit: { action: 'auth.smsCode', record: ({ body }) => phoneAttempt(body.phone) },
      handler: ({ body }) => requestSmsCode(deps, body.phone),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/sms-login', tag, access: 'public',
      summary: '手机号+验证码登录',
      body: smsLoginSchema, response: sessionSchema,
      rateLimit: ({ ctx, body }) => consumeRateLimit(deps, ctx, 'signIn', `phone:${body.phone}@${addressKey(ctx.ip)}`),
      audit: {
        action: 'auth.signIn',
        record: ({ body }, session) => signedIn(session.account, maskPhone(body.phone), 'sms'),
        failure: { action: 'auth.signInFailed', record: ({ body }, error) => phoneAttempt(body.phone, error) },
      },
      handler: async ({ body }) => agreed(await signInWithSms(deps, body.phone, body.code), body.terms),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/wechat-login', tag, access: 'public',
      summary: '微信小程序登录（wx.login 的 code 换取会话）',
      body: wechatLoginSchema, response: sessionSchema,
      // A wx.login code names no account until WeChat answers: counted per address only.
      rateLimit: ({ ctx }) => consumeRateLimit(deps, ctx, 'signIn'),
      audit: { action: 'auth.signIn', record: (_input, session) => signedIn(session.account, null, 'wechat') },
      handler: async ({ body }) => agreed(await signInWithWechat(deps, body.code), body.terms),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/wechat-phone', tag, access: 'signedIn',
      summary: '小程序里用微信绑定的手机号关联账号（getPhoneNumber 的 code），与网页手机号登录成为同一个账号',
      body: wechatPhoneLinkSchema, response: sessionSchema,
      rateLimit: ({ ctx, principal }) => consumeRateLimit(deps, ctx, 'signIn', `account:${principal!.accountId}`),
      audit: {
        action: 'account.phoneLinked',
        record: ({ principal }, session: Session) => ({
          ...ownAccount(principal!),
          target: { kind: 'account', id: session.account.id },
          detail: session.account.id === principal!.accountId ? null : { mergedFrom: principal!.accountId },
        }),
        failure: { action: 'account.phoneLinkRefused', record: ({ principal }, error) => ({ ...ownAccount(principal!), detail: { code: error.code } }) },
      },
      handler: ({ body, principal }) => linkWechatPhone(deps, principal!.accountId, body.code),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/staff-login', tag, access: 'public',
      summary: '工作人员用户名密码登录',
      body: staffLoginSchema, response: sessionSchema,
      // Counted per account at each address, so a stranger's requests never use up the owner's sign-ins (as on sms-login).
      rateLimit: ({ ctx, body }) => consumeRateLimit(deps, ctx, 'signIn', `username:${body.username.toLowerCase()}@${addressKey(ctx.ip)}`),
      audit: {
        action: 'auth.signIn',
        record: ({ body }, session) => signedIn(session.account, maskUsername(body.username), 'password'),
        failure: { action: 'auth.signInFailed', record: ({ body }, error) => staffSignInAttempt(deps.db, body.username, error) },
      },
      handler: ({ body, ctx }) => signInStaff(deps, body.username, body.password, addressKey(ctx.ip), failedPasswordsFromAddress(deps, ctx)),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/refresh', tag, access: 'public',
      summary: '用刷新令牌换新的登录令牌',
      body: refreshSchema, response: sessionSchema,
      // A rotation is routine and not recorded; a rotated token shown again (reuse: the family is revoked) is.
      audit: {
        action: 'auth.refreshReuse',
        record: () => null,
        failure: {
          action: 'auth.refreshReuse',
          record: ({ body }, error) => (error.message === REFRESH_TOKEN_REUSE ? refreshTokenHolder(deps.db, body.refreshToken, false) : null),
        },
      },
      handler: ({ body }) => refreshSession(deps, body.refreshToken),
    }),
    defineRoute({
      method: 'post', path: '/api/auth/logout', tag, access: 'public', status: 204,
      summary: '退出登录（吊销刷新令牌）',
      body: refreshSchema, response: z.null(),
      audit: { action: 'auth.signOut', record: ({ body }) => refreshTokenHolder(deps.db, body.refreshToken, true) },
      handler: async ({ body }) => {
        await signOut(deps, body.refreshToken);
      },
    }),
    defineRoute({
      method: 'get', path: '/api/me', tag, access: 'signedIn',
      whilePasswordChangeRequired: true,
      summary: '当前登录的账户',
      response: accountSchema,
      handler: async ({ principal }) => toAccountView(deps, await loadAccount(deps, principal!.accountId)),
    }),
    defineRoute({
      method: 'put', path: '/api/me/preferences', tag, access: 'signedIn',
      summary: '保存本人的设置（大字模式），换手机登录也照样',
      body: preferencesSchema, response: accountSchema,
      audit: { action: 'account.preferences', record: ({ principal }) => ownAccount(principal!) },
      handler: async ({ body, principal }) => toAccountView(deps, await savePreferences(deps, principal!.accountId, body)),
    }),
    defineRoute({
      method: 'get', path: '/api/staff/me', tag, access: staffRoles,
      whilePasswordChangeRequired: true,
      summary: '工作人员的账户与负责地区',
      response: accountSchema,
      handler: async ({ principal }) => toAccountView(deps, await loadAccount(deps, principal!.accountId)),
    }),
  ];
}
