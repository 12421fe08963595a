import type { Connection } from 'mongoose';
import { announcedScheduleOf, createWorkingDayCalendar, type WorkingDayCalendar } from '@ccs/shared';
import { enteredHolidayYears } from './entered-holiday-years';

/**
 * The working-day calendar: the holiday package's years, each replaced or extended by the year an administrator
 * entered from the State Council's notice. Read at each use (a handful of small documents), so a year entered on
 * one instance counts on every instance at once.
 */
export async function loadWorkingDayCalendar(db: Connection): Promise<WorkingDayCalendar> {
  return createWorkingDayCalendar((await enteredHolidayYears(db)).map(announcedScheduleOf));
}
