import type { AuditPage } from '@ccs/shared/audit/audit-schemas'
import type { AuditAction } from '@ccs/shared/audit/audit-labels'
import { request } from '../../../api/request'

export interface AuditSearch {
  action?: AuditAction
  from?: string
  childResidentId?: string
  page: number
}

/** The county's audit log, newest first (county officers only; the server limits it to their county). */
export function fetchAuditPage(search: AuditSearch): Promise<AuditPage> {
  const query = Object.entries(search)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
  return request<AuditPage>('GET', `/api/audit?${query}`)
}
