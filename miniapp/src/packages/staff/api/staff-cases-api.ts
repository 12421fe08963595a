import type {
  CaseDetail,
  CaseQueueSort,
  CaseSummary,
  ChildFile,
  TransitionRequest,
} from '@ccs/shared/applications/application-schemas'
import type { ApplicationStatus } from '@ccs/shared/applications/application-status'
import type { ProgrammeId } from '@ccs/shared/rules/programmes'
import { request } from '../../../api/request'

export interface CaseQueuePage {
  cases: CaseSummary[]
  total: number
  page: number
  pageSize: number
}

export interface CaseQueueQuery {
  status?: ApplicationStatus
  programme?: ProgrammeId
  sort?: CaseQueueSort
  page: number
  pageSize: number
}

/** The cases the signed-in staff member's post holds, due first (the server sorts; overdue ones lead) or latest submitted first. */
export function fetchCaseQueue(query: CaseQueueQuery): Promise<CaseQueuePage> {
  const params = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
  return request<CaseQueuePage>('GET', `/api/staff/cases?${params}`)
}

export function fetchCase(applicationId: string): Promise<CaseDetail> {
  return request<CaseDetail>('GET', `/api/staff/cases/${applicationId}`)
}

/**
 * Acts on a case at the version the staff member saw. `requestKey` marks one intended action: a retry
 * after a lost answer sends the same key and gets the first result instead of a 409.
 */
export function transitionCase(applicationId: string, body: TransitionRequest, requestKey: string): Promise<CaseDetail> {
  return request<CaseDetail>('POST', `/api/staff/cases/${applicationId}/transitions`, {
    body,
    headers: { 'Idempotency-Key': requestKey },
  })
}

/** 一人一档: the child's applications, granted benefits and verification visits. */
export function fetchChildFile(childId: string): Promise<ChildFile> {
  return request<ChildFile>('GET', `/api/staff/children/${childId}`)
}
