import { request } from './request'

/** Division levels: 1 province, 2 city, 3 county, 4 township, 5 village (docs/policy.md "Region codes"). */
export type RegionLevel = 1 | 2 | 3 | 4 | 5

export const villageLevel: RegionLevel = 5

export interface Region {
  code: string
  name: string
  level: RegionLevel
}

export interface RegionChild extends Region {
  hasChildren: boolean
}

export interface RegionDetail extends Region {
  parentCode: string | null
  path: Region[]
}

export function fetchRegion(code: string): Promise<RegionDetail> {
  return request<RegionDetail>('GET', `/api/regions/${encodeURIComponent(code)}`)
}

/** Children of a region; without a code, the provinces. */
export async function fetchRegionChildren(code?: string): Promise<RegionChild[]> {
  const parent = code ? encodeURIComponent(code) : 'root'
  const result = await request<{ children: RegionChild[] }>('GET', `/api/regions/${parent}/children`)
  return result.children
}
