import { z } from 'zod';
import type { Session } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { wechatConfigured } from '../config';
import { findOrCreateAccount } from './find-or-create-account';
import { issueSession } from './issue-session';

/** The documented answer of `auth.code2Session` (GET /sns/jscode2session). */
const code2SessionSchema = z.object({
  openid: z.string().optional(),
  session_key: z.string().optional(),
  unionid: z.string().optional(),
  errcode: z.number().optional(),
  errmsg: z.string().optional(),
});

/** Where every WeChat call goes; a portal-only county (no WeChat settings in production) is refused here, before any call. */
export function wechatApiBase(deps: AppDeps): string {
  if (!wechatConfigured(deps.config)) throw new AppError('WECHAT_NOT_CONFIGURED');
  return deps.config.WECHAT_API_BASE ?? `http://127.0.0.1:${deps.config.PORT}/dev/wechat`;
}

/** Exchanges the mini-program's `wx.login` code for the user's openid and signs them in. */
export async function signInWithWechat(deps: AppDeps, code: string): Promise<Session> {
  const url = new URL(`${wechatApiBase(deps)}/sns/jscode2session`);
  url.search = new URLSearchParams({
    appid: deps.config.WECHAT_APPID,
    secret: deps.config.WECHAT_SECRET,
    js_code: code,
    grant_type: 'authorization_code',
  }).toString();
  let answer: z.infer<typeof code2SessionSchema>;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    answer = code2SessionSchema.parse(await response.json());
  } catch (cause) {
    throw new AppError('WECHAT_UNAVAILABLE', { cause, detail: 'code2Session unreachable or malformed' });
  }
  if (answer.errcode || !answer.openid) {
    throw new AppError('WECHAT_LOGIN_FAILED', { detail: `code2Session errcode ${answer.errcode}: ${answer.errmsg}` });
  }
  const account = await findOrCreateAccount(deps, 'wechat', answer.openid);
  return issueSession(deps, account);
}
