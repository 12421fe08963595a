import type { ServiceItem, ServiceListVersion } from '@ccs/shared/services/service-schemas'
import { request } from '../../../api/request'

/** A region's draft: the items it adds (a province: all its items), saved as numbered revisions. */
export interface ServiceListDraft {
  regionCode: string
  /** 0 until someone saves: then it is the latest published list, unedited. */
  revision: number
  items: ServiceItem[]
  savedAt: string | null
  /** The version this revision was published as, if it was. */
  publishedAs: number | null
}

export interface ServiceListVersionSummary {
  version: number
  publishedAt: string
  draftRevision: number
  itemCount: number
}

/** GET /api/service-lists/:regionCode: the published versions, newest first, and the current draft. */
export interface ServiceListOverview {
  regionCode: string
  versions: ServiceListVersionSummary[]
  draft: ServiceListDraft
}

export function fetchServiceList(regionCode: string): Promise<ServiceListOverview> {
  return request<ServiceListOverview>('GET', `/api/service-lists/${regionCode}`)
}

/**
 * Saves the draft's items as the revision after `revision`, the one the editor started from. If someone
 * else saved first the server answers 409 SERVICE_LIST_STALE and nothing is written.
 */
export function saveServiceListDraft(regionCode: string, items: ServiceItem[], revision: number): Promise<ServiceListDraft> {
  return request<ServiceListDraft>('PUT', `/api/service-lists/${regionCode}/draft`, { body: { items, revision } })
}

/**
 * Publishes draft `revision` as the next version. `requestKey` marks one attempt: a retry after a lost
 * answer sends the same key and gets the version the first request made, never a second one.
 */
export function publishServiceList(regionCode: string, revision: number, requestKey: string): Promise<ServiceListVersion> {
  return request<ServiceListVersion>('POST', `/api/service-lists/${regionCode}/publish`, {
    body: { revision },
    headers: { 'Idempotency-Key': requestKey },
  })
}
