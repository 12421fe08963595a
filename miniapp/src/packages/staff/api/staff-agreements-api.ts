import type { Agreement, AgreementCoverage } from '@ccs/shared/agreements/agreement-schemas'
import type { AgreementStatus } from '@ccs/shared/agreements/agreement-status'
import { request } from '../../../api/request'

/** Agreements of the villages in the staff member's scope, e.g. the signed ones waiting to be archived. */
export async function fetchStaffAgreements(status?: AgreementStatus): Promise<Agreement[]> {
  const query = status ? `?status=${status}` : ''
  return (await request<{ agreements: Agreement[] }>('GET', `/api/staff/agreements${query}`)).agreements
}

/** 已存档: the director has the signed agreement on file for the village. */
export function acknowledgeAgreement(agreementId: string): Promise<Agreement> {
  return request<Agreement>('POST', `/api/staff/agreements/${agreementId}/acknowledge`)
}

/** The village's left-behind children with and without an active agreement. */
export function fetchAgreementCoverage(): Promise<AgreementCoverage> {
  return request<AgreementCoverage>('GET', '/api/staff/agreement-coverage')
}
