import { placeFieldsSchema, type PlaceFields, type StaffPlace } from '@ccs/shared/places/place-schemas'
import type { PlaceKind } from '@ccs/shared/services/service-labels'

/** What the form holds: text as typed; the position as two boxes that may stay empty. */
export interface PlaceForm {
  kind: PlaceKind | ''
  name: string
  regionCode: string
  address: string
  phone: string
  hours: string
  latitude: string
  longitude: string
}
export type PlaceFormField = keyof PlaceForm
export type PlaceFormErrors = Partial<Record<PlaceFormField, string>>

export const emptyPlaceForm = (regionCode: string): PlaceForm => ({ kind: '', name: '', regionCode, address: '', phone: '', hours: '', latitude: '', longitude: '' })

export function placeFormOf(place: StaffPlace): PlaceForm {
  const { kind, name, regionCode, address, phone, hours, location } = place
  return { kind, name, regionCode, address, phone, hours, latitude: location ? String(location.latitude) : '', longitude: location ? String(location.longitude) : '' }
}

/** A place id the page makes, so a double tap or a retry adds the place once. */
export const newPlaceId = () => `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`

/** The form checked with the shared schema (the server's own), each message under its box. */
export function placeFromForm(form: PlaceForm): { fields: PlaceFields; errors?: undefined } | { errors: PlaceFormErrors } {
  const errors: PlaceFormErrors = {}
  const typed = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()))
  const [latitude, longitude] = [typed(form.latitude), typed(form.longitude)]
  if ((latitude === undefined) !== (longitude === undefined)) errors.latitude = '纬度和经度要一起填，不知道就都空着'
  const candidate = {
    ...form,
    ...(latitude !== undefined && longitude !== undefined ? { location: { latitude, longitude } } : {}),
  }
  const result = placeFieldsSchema.safeParse(candidate)
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [field, part] = issue.path.map(String)
      const key = (field === 'location' ? part : field) as PlaceFormField
      errors[key] ??= key === 'kind' ? '请选择场所类型' : issue.message
    }
  }
  return Object.keys(errors).length > 0 || !result.success ? { errors } : { fields: result.data }
}
