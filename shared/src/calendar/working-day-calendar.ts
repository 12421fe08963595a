import { z } from 'zod';
import packageSchedule from 'chinese-days/dist/chinese-days.json';
import type { IsoDate } from './iso-date';
import { isoDateSchema } from './iso-date-schema';

/**
 * A year's holidays and make-up working days as the State Council announces them (docs/policy.md
 * "How an application travels"), entered as data when the holiday package does not know the year yet
 * or to correct it.
 */
export const announcedScheduleSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** Days off, weekends inside a holiday block included or not: both read the same. */
    holidays: z.array(isoDateSchema),
    /** Make-up working days (调休上班), usually a Saturday or Sunday. */
    workdays: z.array(isoDateSchema),
    /** Where it was announced, e.g. the 国务院办公厅 notice number. */
    reference: z.string().optional(),
  })
  .meta({ id: 'AnnouncedSchedule' });
export type AnnouncedSchedule = z.infer<typeof announcedScheduleSchema>;

export interface WorkingDayCalendar {
  /** Days that differ from the plain Monday–Friday rule: true = working, false = day off. */
  readonly exceptions: ReadonlyMap<IsoDate, boolean>;
  /** Years whose schedule is announced; a due date counted through any other year is provisional. */
  readonly knownYears: ReadonlySet<number>;
}

/**
 * chinese-days ships its data as plain `YYYY-MM-DD` keys. We read that file rather than call its
 * `isWorkday`, because the functions key their table in the process's local time zone and shift every
 * holiday by a day west of UTC (checked with TZ=America/Los_Angeles: 2026-09-20, a make-up Sunday,
 * came back as a day off), while the JSON is exact everywhere.
 */
const packageData = packageSchedule as { holidays: Record<IsoDate, string>; workdays: Record<IsoDate, string> };

const yearOf = (date: IsoDate): number => Number(date.slice(0, 4));

/**
 * The calendar of chinese-days, with each announced schedule replacing the package's data for its
 * year (a day listed in a schedule may also fall in the year before, e.g. a make-up day in December).
 */
export function createWorkingDayCalendar(announced: readonly AnnouncedSchedule[] = []): WorkingDayCalendar {
  const replacedYears = new Set(announced.map((schedule) => schedule.year));
  const exceptions = new Map<IsoDate, boolean>();
  const knownYears = new Set<number>(replacedYears);
  for (const [days, working] of [[packageData.holidays, false], [packageData.workdays, true]] as const) {
    for (const date of Object.keys(days)) {
      knownYears.add(yearOf(date));
      if (!replacedYears.has(yearOf(date))) exceptions.set(date, working);
    }
  }
  for (const schedule of announced) {
    for (const date of schedule.holidays) exceptions.set(date, false);
    for (const date of schedule.workdays) exceptions.set(date, true);
  }
  return { exceptions, knownYears };
}
