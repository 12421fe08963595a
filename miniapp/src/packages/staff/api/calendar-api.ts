import type { CalendarHorizon } from '@ccs/shared/calendar/calendar-horizon'
import type { HolidayYear } from '@ccs/shared/calendar/holiday-year'
import { request } from '../../../api/request'

/** How far the working-day calendar reaches, and the years entered by administrators. */
export function fetchCalendarHorizon(): Promise<CalendarHorizon> {
  return request<CalendarHorizon>('GET', '/api/staff/calendar')
}

export interface EnteredYear {
  year: number
  version: number
  notice: string
  recomputedDueDates: number
}

/** Enters a year's holidays from the State Council's notice (county officers and admins). */
export function enterHolidayYear(entry: HolidayYear): Promise<EnteredYear> {
  return request<EnteredYear>('POST', '/api/staff/calendar/years', { body: entry })
}
