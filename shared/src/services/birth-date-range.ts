import { addDays, type IsoDate } from '../calendar/iso-date';
import { ageOn } from '../identity/age-on';

/** The same day `years` years earlier; 29 February becomes 28 February in a common year. */
function yearsBefore(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year - years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/**
 * The earliest and the latest birth date of a child who is `age` 周岁 on `date` (ageOn's rules, so
 * 29 February births come out right). A child of 6 may have turned 6 today or turn 7 tomorrow.
 */
export function birthDateRange(age: number, date: IsoDate): { earliest: IsoDate; latest: IsoDate } {
  let latest = yearsBefore(date, age);
  while (addDays(latest, 1) <= date && ageOn(addDays(latest, 1), date) === age) latest = addDays(latest, 1);
  while (ageOn(latest, date) !== age) latest = addDays(latest, -1);
  let earliest = addDays(yearsBefore(date, age + 1), 1);
  while (ageOn(earliest, date) !== age) earliest = addDays(earliest, 1);
  while (ageOn(addDays(earliest, -1), date) === age) earliest = addDays(earliest, -1);
  return { earliest, latest };
}
