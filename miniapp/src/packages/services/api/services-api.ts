import type { ListedServiceItem, NearbyPlace, Place, PlaceKind, RegionServiceList, ServiceSearchHit } from '@ccs/shared/services/service-schemas'
import { request } from '../../../api/request'

// None of these needs a sign-in: anyone may browse the service list, search it and find places.

export function fetchRegionServices(regionCode: string): Promise<RegionServiceList> {
  return request<RegionServiceList>('GET', `/api/services?region=${regionCode}`)
}

export interface ServiceSearchFound {
  hits: ServiceSearchHit[]
  /** The places themselves when the query names a kind of place (儿童之家, 救助站, 医院). */
  places: NearbyPlace[]
}

/** The services that answer a query, and the places it asks for: nearest first from a position, else by region. */
export function searchServices(query: string, regionCode: string, near: Position | null): Promise<ServiceSearchFound> {
  const q = encodeURIComponent(query.trim())
  const at = near ? `&near=${near.latitude.toFixed(5)},${near.longitude.toFixed(5)}` : ''
  return request<ServiceSearchFound>('GET', `/api/services/search?q=${q}&region=${regionCode}&limit=10${at}`)
}

export function fetchServiceItem(id: string, regionCode: string): Promise<ListedServiceItem> {
  return request<ListedServiceItem>('GET', `/api/services/items/${encodeURIComponent(id)}?region=${regionCode}`)
}

export interface Position {
  latitude: number
  longitude: number
}

/** Places of these kinds, nearest first from a position, or else from the chosen region outwards. */
export async function fetchPlaces(where: { near: Position } | { regionCode: string }, kinds: readonly PlaceKind[], limit = 10): Promise<NearbyPlace[]> {
  const at = 'near' in where ? `near=${where.near.latitude.toFixed(5)},${where.near.longitude.toFixed(5)}` : `region=${where.regionCode}`
  const kindList = kinds.length > 0 ? `&kinds=${kinds.join(',')}` : ''
  return (await request<{ places: NearbyPlace[] }>('GET', `/api/places?${at}${kindList}&limit=${limit}`)).places
}

/** An item's own places, open ones only, in the item's order. */
export async function fetchPlacesByIds(ids: readonly string[]): Promise<Place[]> {
  return (await request<{ places: Place[] }>('GET', `/api/places?ids=${ids.join(',')}`)).places
}

export function fetchPlace(id: string): Promise<Place> {
  return request<Place>('GET', `/api/places/${encodeURIComponent(id)}`)
}
