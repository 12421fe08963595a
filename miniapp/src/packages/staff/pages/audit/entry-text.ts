import type { AuditEntry } from '@ccs/shared/audit/audit-schemas'

/** 王秀英（儿童主任）, or for a sign-in attempt 未登录（用户名 di***01）. */
export function actorText({ actor }: AuditEntry): string {
  if (actor.accountId === null) return actor.identifier ? `未登录的人（填的是 ${actor.identifier}）` : '未登录的人'
  const roles = actor.roleNames.join('、')
  return `${actor.name ?? '未留姓名的账号'}${roles ? `（${roles}）` : ''}`
}

/** Which child and which case or agreement the entry is about, in words. */
export function subjectText(entry: AuditEntry): string | null {
  const parts = [
    entry.childNames.length > 0 ? `儿童：${entry.childNames.join('、')}` : null,
    entry.reference ? `${entry.target.kind === 'document' ? '申请' : entry.target.kindLabel}编号 ${entry.reference}` : null,
    entry.reference || entry.childNames.length > 0 ? null : entry.target.kindLabel,
  ]
  const text = parts.filter(Boolean).join('，')
  return text || null
}

/** The caller's address; an IPv4 address arriving over IPv6 (::ffff:1.2.3.4) is shown as people know it. */
export function addressText({ ip }: AuditEntry): string {
  return ip ? ip.replace(/^::ffff:/, '') : '未知'
}
