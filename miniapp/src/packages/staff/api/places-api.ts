import type { PlaceKind } from '@ccs/shared/services/service-labels'
import type { Place } from '@ccs/shared/services/service-schemas'
import type { PlaceFields, StaffPlace } from '@ccs/shared/places/place-schemas'
import { request } from '../../../api/request'

export interface PlaceFilter {
  kind?: PlaceKind
  q?: string
}

/** The places of the signed-in officer's region, closed ones last. */
export async function fetchStaffPlaces(filter: PlaceFilter): Promise<StaffPlace[]> {
  const query = Object.entries(filter)
    .filter(([, value]) => value)
    .map(([key, value]) => `${key}=${encodeURIComponent(value as string)}`)
    .join('&')
  return (await request<{ places: StaffPlace[] }>('GET', `/api/staff/places${query ? `?${query}` : ''}`)).places
}

/** Adds a place under the id the page made for it: a retry after a lost answer adds nothing more. */
export function createPlace(place: Place): Promise<StaffPlace> {
  return request<StaffPlace>('POST', '/api/staff/places', { body: place, repeatable: true })
}

/** Saves an edit made on `revision`; someone else's edit in between is 409 PLACE_STALE and nothing is written. */
export function updatePlace(id: string, fields: PlaceFields, revision: number): Promise<StaffPlace> {
  return request<StaffPlace>('PUT', `/api/staff/places/${id}`, { body: { ...fields, revision } })
}

export function setPlaceClosed(id: string, closed: boolean, revision: number): Promise<StaffPlace> {
  return request<StaffPlace>('POST', `/api/staff/places/${id}/${closed ? 'close' : 'reopen'}`, { body: { revision }, repeatable: true })
}
