import type { DataRequest } from '@ccs/shared/consent/consent-schemas'
import { request } from '../../../api/request'

/** Open requests to correct or delete a child's data, about children in the staff member's region. */
export async function fetchOpenDataRequests(): Promise<DataRequest[]> {
  return (await request<{ requests: DataRequest[] }>('GET', '/api/staff/data-requests?status=open')).requests
}

/** Closes a request with what was done; closing it again returns it unchanged. */
export function closeDataRequest(requestId: string, outcome: string): Promise<DataRequest> {
  return request<DataRequest>('POST', `/api/staff/data-requests/${requestId}/close`, { body: { outcome }, repeatable: true })
}
