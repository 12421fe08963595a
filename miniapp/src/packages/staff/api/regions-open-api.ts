import { request } from '../../../api/request'

export interface OpenedRegionScope {
  code: string
  name: string
  /** False when the region's villages were loaded already: opening again changes nothing. */
  opened: boolean
  villages: number
}

/** Loads a county's villages so families can pick them, at once and without a restart; a repeat is a no-op. */
export function openRegion(code: string): Promise<OpenedRegionScope> {
  return request<OpenedRegionScope>('POST', `/api/admin/regions/${code}/open`, { repeatable: true })
}
