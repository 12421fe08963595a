import { calendarHorizon, toIsoDate, type CalendarHorizon } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { enteredHolidayYears } from './entered-holiday-years';
import { loadWorkingDayCalendar } from './load-working-day-calendar';

/** How far the working-day calendar reaches today, with the years administrators entered. */
export async function calendarHorizonOf(deps: Pick<AppDeps, 'db'>, now = new Date()): Promise<CalendarHorizon> {
  const entered = await enteredHolidayYears(deps.db);
  return {
    ...calendarHorizon(await loadWorkingDayCalendar(deps.db), toIsoDate(now)),
    enteredYears: entered.map((doc) => ({ year: doc.year, notice: doc.notice, version: doc.version, enteredAt: doc.enteredAt.toISOString() })),
  };
}
