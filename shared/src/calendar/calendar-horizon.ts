import { z } from 'zod';
import type { IsoDate } from './iso-date';
import type { WorkingDayCalendar } from './working-day-calendar';

/** County staff are warned this many days before the last announced year ends (issue 19 §6). */
export const CALENDAR_WARNING_DAYS = 60;

export const calendarHorizonSchema = z
  .object({
    /** The last year whose holidays are known, with every year before it from today's. */
    lastKnownYear: z.number().int(),
    /** Due dates counted past this day are provisional until the next year is entered. */
    knownUntil: z.string(),
    daysLeft: z.number().int(),
    /** True from CALENDAR_WARNING_DAYS before `knownUntil`: an administrator should enter the next year. */
    warn: z.boolean(),
    /** The years entered by administrators, each with its notice. */
    enteredYears: z.array(z.object({ year: z.number().int(), notice: z.string(), version: z.number().int(), enteredAt: z.string() })),
  })
  .meta({ id: 'CalendarHorizon' });
export type CalendarHorizon = z.infer<typeof calendarHorizonSchema>;

/** How far the calendar reaches from `today`, and whether county staff should be told it runs out soon. */
export function calendarHorizon(calendar: WorkingDayCalendar, today: IsoDate): Omit<CalendarHorizon, 'enteredYears'> {
  let lastKnownYear = Number(today.slice(0, 4)) - 1;
  while (calendar.knownYears.has(lastKnownYear + 1)) lastKnownYear += 1;
  const knownUntil = `${lastKnownYear}-12-31`;
  const daysLeft = Math.round((Date.parse(knownUntil) - Date.parse(today)) / 86_400_000);
  return { lastKnownYear, knownUntil, daysLeft, warn: daysLeft <= CALENDAR_WARNING_DAYS };
}
