import { request } from '../../../api/request'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'

/** The parent ends the agreement from today (a parent came home); a repeat returns the first ending. */
export function terminateAgreement(agreementId: string, reason: string): Promise<Agreement> {
  return request<Agreement>('POST', `/api/agreements/${agreementId}/termination`, { body: { reason } })
}
