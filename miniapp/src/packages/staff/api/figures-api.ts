import type { EnteredFigure, FigurePreview, StaffFigures } from '@ccs/shared/rules/figure-entry-schema'
import type { FigureEntry } from '@ccs/shared/rules/figure-entry'
import { request } from '../../../api/request'

/** The figures of the administrator's region with their history. */
export function fetchStaffFigures(): Promise<StaffFigures> {
  return request<StaffFigures>('GET', '/api/staff/figures')
}

/** Which open cases of the region a new value would change, before it is saved. */
export function previewFigure(name: string, entry: FigureEntry): Promise<FigurePreview> {
  return request<FigurePreview>('POST', `/api/staff/figures/${name}/preview`, { body: entry, repeatable: true })
}

/** Saves a new value; the same key on a retry stores it once. */
export function enterFigure(name: string, entry: FigureEntry, idempotencyKey: string): Promise<EnteredFigure> {
  return request<EnteredFigure>('POST', `/api/staff/figures/${name}/entries`, { body: entry, headers: { 'Idempotency-Key': idempotencyKey } })
}
