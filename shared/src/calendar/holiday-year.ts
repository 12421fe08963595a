import { z } from 'zod';
import { addDays, dayOfWeek, type IsoDate } from './iso-date';
import { isoDateSchema } from './iso-date-schema';
import { plainText } from '../validation/plain-text';
import type { AnnouncedSchedule } from './working-day-calendar';
import { statutoryFestivals, type StatutoryFestival } from './statutory-festivals';


/**
 * Where each festival's days off must fall, to catch a mistyped month: the fixed-date ones hold their day, the
 * lunar ones (and 清明, a solar term) fall within the months they can fall in.
 */
const festivalWindow: Record<StatutoryFestival, { holds?: string; months: number[]; label: string }> = {
  元旦: { holds: '01-01', months: [12, 1], label: '要包括1月1日' },
  春节: { months: [1, 2, 3], label: '应在1月至3月' },
  清明节: { months: [4], label: '应在4月' },
  劳动节: { holds: '05-01', months: [4, 5], label: '要包括5月1日' },
  端午节: { months: [5, 6], label: '应在5月或6月' },
  中秋节: { months: [9, 10], label: '应在9月或10月' },
  国庆节: { holds: '10-01', months: [9, 10], label: '要包括10月1日' },
};

/** The longest run of days off one notice gives (春节 and 国庆 reach 8 or 9). */
const LONGEST_BLOCK_DAYS = 10;

/** A year's official holidays as an administrator enters them from the State Council's notice. */
export const holidayYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    /** The notice's document number, e.g. 国办发明电〔2026〕7号. */
    notice: plainText().min(4, '请填写国务院办公厅通知的文号').max(60),
    festivals: z
      .array(z.object({ festival: z.enum(statutoryFestivals), from: isoDateSchema, to: isoDateSchema }))
      .max(statutoryFestivals.length * 2),
    /** Make-up working days (调休上班), each a Saturday or Sunday. */
    workdays: z.array(isoDateSchema).max(20),
  })
  .meta({ id: 'HolidayYear' });
export type HolidayYear = z.infer<typeof holidayYearSchema>;

const daysOf = (from: IsoDate, to: IsoDate): IsoDate[] => {
  const days: IsoDate[] = [];
  for (let day = from; day <= to && days.length <= LONGEST_BLOCK_DAYS; day = addDays(day, 1)) days.push(day);
  return days;
};

/**
 * What is missing or wrong in an entered year, one Chinese sentence each; empty when every statutory holiday is
 * there, each in its place, and every make-up day is a weekend day outside the holidays.
 */
export function holidayYearProblems(entry: HolidayYear): string[] {
  const problems: string[] = [];
  for (const festival of statutoryFestivals) {
    if (!entry.festivals.some((block) => block.festival === festival)) problems.push(`缺少${festival}的放假安排。`);
  }
  const daysOff = new Set<IsoDate>();
  for (const { festival, from, to } of entry.festivals) {
    const window = festivalWindow[festival];
    const days = daysOf(from, to);
    if (to < from) problems.push(`${festival}的放假结束日期早于开始日期。`);
    else if (days.length > LONGEST_BLOCK_DAYS) problems.push(`${festival}放假超过${LONGEST_BLOCK_DAYS}天，请核对日期。`);
    else if (
      (window.holds && !days.includes(`${entry.year}-${window.holds}`)) ||
      !days.every((day) => window.months.includes(Number(day.slice(5, 7))) && Math.abs(Number(day.slice(0, 4)) - entry.year) <= 1)
    ) {
      problems.push(`${festival}的放假日期${window.label}（${entry.year}年），请核对。`);
    }
    for (const day of days) daysOff.add(day);
  }
  for (const day of entry.workdays) {
    const weekday = dayOfWeek(day);
    if (weekday !== 0 && weekday !== 6) problems.push(`${day}不是周六或周日，本来就要上班，不用填作调休上班日。`);
    if (daysOff.has(day)) problems.push(`${day}既是放假日又是调休上班日，请核对。`);
  }
  return problems;
}

/** The entered year as the calendar reads it: every day off, the make-up days, and the notice it came from. */
export function announcedScheduleOf(entry: HolidayYear): AnnouncedSchedule {
  return {
    year: entry.year,
    holidays: [...new Set(entry.festivals.flatMap(({ from, to }) => daysOf(from, to)))].sort(),
    workdays: [...entry.workdays].sort(),
    reference: entry.notice,
  };
}
