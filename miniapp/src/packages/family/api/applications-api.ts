import type { Application, applicationListSchema } from '@ccs/shared/applications/application-schemas'
import type { ChildFacts } from '@ccs/shared/rules/child-facts'
import type { ProgrammeId } from '@ccs/shared/rules/programmes'
import { request } from '../../../api/request'

export type ApplicationSummary = ReturnType<(typeof applicationListSchema)['parse']>['applications'][number]

export async function fetchApplications(): Promise<ApplicationSummary[]> {
  return (await request<{ applications: ApplicationSummary[] }>('GET', '/api/applications')).applications
}

export function fetchApplication(applicationId: string): Promise<Application> {
  return request<Application>('GET', `/api/applications/${applicationId}`)
}

/** Starts the draft, or returns the child's open draft of this programme (409 APPLICATION_EXISTS once submitted). */
export function startDraft(childId: string, programme: ProgrammeId, facts?: ChildFacts): Promise<Application> {
  return request<Application>('POST', '/api/applications', { body: { childId, programme, ...(facts ? { facts } : {}) } })
}

/** Replaces the stored answers with these (the whole set, so a repeat changes nothing). */
export function saveFacts(applicationId: string, facts: ChildFacts): Promise<Application> {
  return request<Application>('PUT', `/api/applications/${applicationId}/facts`, { body: { facts } })
}

/** Submits; the same key sent again (a retry on a weak network) returns the first result. */
export function submitApplication(applicationId: string, idempotencyKey: string, consentVersion: string): Promise<Application> {
  return request<Application>('POST', `/api/applications/${applicationId}/submit`, {
    body: { consent: { version: consentVersion, agreed: true } },
    headers: { 'Idempotency-Key': idempotencyKey },
  })
}

/** Removes one of the family's photos before the application is sent; removing a removed photo is fine. */
export function deleteDocument(applicationId: string, documentId: string): Promise<null> {
  return request<null>('DELETE', `/api/applications/${applicationId}/documents/${documentId}`)
}
