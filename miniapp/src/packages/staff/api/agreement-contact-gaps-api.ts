import type { ContactGaps } from '@ccs/shared/agreements/agreement-contact-schemas'
import { request } from '../../../api/request'

/** Children of active agreements in scope whose parents recorded no contact for more than 7 days. */
export function fetchContactGaps(): Promise<ContactGaps> {
  return request<ContactGaps>('GET', '/api/staff/agreement-contact-gaps')
}
