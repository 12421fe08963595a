import type { ChildPrivacy, DataRequest, DataRequestInput } from '@ccs/shared/consent/consent-schemas'
import { request } from '../../../api/request'

const channel = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'

/** The child privacy notice in force and this family's consent to it. */
export function fetchChildPrivacy(): Promise<ChildPrivacy> {
  return request<ChildPrivacy>('GET', '/api/consent/child-privacy')
}

/** Records the ticked consent to this version; the server keeps one record however often it is sent. */
export function giveChildConsent(version: string): Promise<ChildPrivacy> {
  return request<ChildPrivacy>('POST', '/api/me/consents', { body: { version, agreed: true, channel }, repeatable: true })
}

export function withdrawChildConsent(): Promise<ChildPrivacy> {
  return request<ChildPrivacy>('POST', '/api/me/consents/withdraw', { repeatable: true })
}

export async function fetchDataRequests(): Promise<DataRequest[]> {
  return (await request<{ requests: DataRequest[] }>('GET', '/api/me/data-requests')).requests
}

/** Asks to correct or delete a child's data under the id the app made, so a retry asks once. */
export function requestDataChange(input: DataRequestInput): Promise<DataRequest> {
  return request<DataRequest>('POST', '/api/me/data-requests', { body: input, repeatable: true })
}
