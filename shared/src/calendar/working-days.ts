import { addDays, dayOfWeek, toIsoDate, type IsoDate } from './iso-date';
import type { WorkingDayCalendar } from './working-day-calendar';

/** A working day: a make-up working day, or Monday to Friday unless it is a statutory holiday. */
export function isWorkingDay(date: Date | IsoDate, calendar: WorkingDayCalendar): boolean {
  const day = toIsoDate(date);
  const weekday = dayOfWeek(day);
  return calendar.exceptions.get(day) ?? (weekday >= 1 && weekday <= 5);
}

export interface DueDate {
  date: IsoDate;
  /** True when the count passed through a year whose holidays are not announced yet. */
  provisional: boolean;
}

/**
 * The n-th working day after `start`. As in Chinese administrative practice the day of receipt is not
 * counted: a case received on Wednesday with 1 working day is due on Thursday, whatever the hour.
 */
export function addWorkingDays(start: Date | IsoDate, n: number, calendar: WorkingDayCalendar): DueDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`工作日数应为正整数：${n}`);
  let date = toIsoDate(start);
  let provisional = false;
  for (let counted = 0; counted < n; ) {
    date = addDays(date, 1);
    if (!calendar.knownYears.has(Number(date.slice(0, 4)))) provisional = true;
    if (isWorkingDay(date, calendar)) counted += 1;
  }
  return { date, provisional };
}
