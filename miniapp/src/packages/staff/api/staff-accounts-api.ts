import type { Session } from '@ccs/shared/auth/auth-schemas'
import type { IssuedPassword, NewStaffAccount, StaffAccount, StaffAccountChanges } from '@ccs/shared/staff/staff-account-schemas'
import { request } from '../../../api/request'
import { sessionStore } from '../../../session/session-store'

export interface StaffAccountFilter {
  role?: string
  status?: 'active' | 'disabled'
  q?: string
}

/** The staff of the administrator's region. */
export async function fetchStaffAccounts(filter: StaffAccountFilter): Promise<StaffAccount[]> {
  const query = Object.entries(filter)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value as string)}`)
    .join('&')
  return (await request<{ accounts: StaffAccount[] }>('GET', `/api/staff/accounts${query ? `?${query}` : ''}`)).accounts
}

export function createStaffAccount(account: NewStaffAccount): Promise<IssuedPassword> {
  return request<IssuedPassword>('POST', '/api/staff/accounts', { body: account })
}

export function updateStaffAccount(username: string, changes: StaffAccountChanges): Promise<StaffAccount> {
  return request<StaffAccount>('PUT', `/api/staff/accounts/${encodeURIComponent(username)}`, { body: changes })
}

export function setStaffAccountDisabled(username: string, disabled: boolean): Promise<StaffAccount> {
  return request<StaffAccount>('POST', `/api/staff/accounts/${encodeURIComponent(username)}/${disabled ? 'disable' : 'enable'}`, { repeatable: true })
}

export function resetStaffPassword(username: string): Promise<IssuedPassword> {
  return request<IssuedPassword>('POST', `/api/staff/accounts/${encodeURIComponent(username)}/password-reset`)
}

/** Sets the signed-in staff member's own password; the answer is a new session, kept in place of the old one. */
export async function changeOwnPassword(currentPassword: string, newPassword: string): Promise<Session> {
  const session = await request<Session>('POST', '/api/staff/me/password', { body: { currentPassword, newPassword } })
  sessionStore.set(session)
  return session
}
