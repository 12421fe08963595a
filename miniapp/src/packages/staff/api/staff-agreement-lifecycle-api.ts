import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { request } from '../../../api/request'

/** From a visit: the caregiver can no longer care for the children; the parents are told to choose another. */
export function markCaregiverUnable(agreementId: string, notes: string): Promise<Agreement> {
  return request<Agreement>('POST', `/api/staff/agreements/${agreementId}/caregiver-unable`, { body: { notes } })
}
