import type { Account, Session } from '@ccs/shared/auth/auth-schemas'
import { sessionStore } from '../session/session-store'
import { request } from './request'

export interface SmsCodeSent {
  expiresInSeconds: number
  resendAfterSeconds: number
}

export function sendSmsCode(phone: string): Promise<SmsCodeSent> {
  return request<SmsCodeSent>('POST', '/api/auth/sms-codes', { body: { phone }, auth: false })
}

async function signIn(path: string, body: unknown): Promise<Session> {
  const session = await request<Session>('POST', path, { body, auth: false })
  sessionStore.set(session)
  return session
}

/** `terms`: the version of 服务协议 and 个人信息处理说明 the person ticked, kept on the account. */
export function signInWithSms(phone: string, code: string, terms: string): Promise<Session> {
  return signIn('/api/auth/sms-login', { phone, code, terms })
}

/** `code` comes from Taro.login() and is exchanged by the server for the WeChat openid. */
export function signInWithWechat(code: string, terms: string): Promise<Session> {
  return signIn('/api/auth/wechat-login', { code, terms })
}

/** `code` comes from the mini-program's getPhoneNumber button; the answer is the session of the one linked account. */
export async function linkWechatPhone(code: string): Promise<Session> {
  const session = await request<Session>('POST', '/api/auth/wechat-phone', { body: { code } })
  sessionStore.set(session)
  return session
}

export function signInAsStaff(username: string, password: string): Promise<Session> {
  return signIn('/api/auth/staff-login', { username, password })
}

/** Ends the session on this phone even when the server cannot be reached. */
export async function signOut(): Promise<void> {
  const session = sessionStore.get()
  sessionStore.clear()
  if (!session) return
  await request<void>('POST', '/api/auth/logout', { body: { refreshToken: session.refreshToken }, auth: false }).catch(
    () => undefined,
  )
}

/** Reloads the signed-in account (roles or region may have changed) and keeps it in the session. */
export async function refreshAccount(): Promise<Account> {
  const account = await request<Account>('GET', '/api/me')
  const session = sessionStore.get()
  if (session) sessionStore.set({ ...session, account })
  return account
}
