import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '@ccs/shared/audit/audit-schemas'
import { actorText, addressText, subjectText } from './entry-text'

const entry: AuditEntry = {
  id: 'e1',
  at: '2026-11-23T06:05:00.000Z',
  action: 'case.view',
  actionLabel: '查看案件',
  actor: { accountId: 'a1', name: '王秀英', roles: ['childDirector'], roleNames: ['儿童主任'], identifier: null },
  target: { kind: 'application', kindLabel: '申请', id: 'x' },
  reference: '520123-2026-000001',
  childNames: ['小明'],
  regionCodes: ['520123103201'],
  ip: '::ffff:10.2.3.4',
  needToKnow: false,
}

describe('an audit entry in words', () => {
  it('names a signed-in actor with the post, and an attempt by what was typed', () => {
    expect(actorText(entry)).toBe('王秀英（儿童主任）')
    expect(actorText({ ...entry, actor: { accountId: null, name: null, roles: [], roleNames: [], identifier: 'di***01' } })).toBe('未登录的人（填的是 di***01）')
  })

  it('says which child and which case, or only the kind of thing when there is neither', () => {
    expect(subjectText(entry)).toBe('儿童：小明，申请编号 520123-2026-000001')
    expect(subjectText({ ...entry, target: { kind: 'document', kindLabel: '照片', id: 'd' } })).toBe('儿童：小明，申请编号 520123-2026-000001')
    expect(subjectText({ ...entry, childNames: [], reference: null, target: { kind: 'serviceList', kindLabel: '服务清单', id: '520123' } })).toBe('服务清单')
  })

  it('shows an IPv4 address without its IPv6 wrapping', () => {
    expect(addressText(entry)).toBe('10.2.3.4')
    expect(addressText({ ...entry, ip: null })).toBe('未知')
  })
})
