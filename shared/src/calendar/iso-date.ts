/** A calendar day written `YYYY-MM-DD`. Rules and calendars work on these, never on clock times. */
export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is `YYYY-MM-DD` and names a real day (no 30 February). */
export function isIsoDate(text: string): boolean {
  const match = isoDatePattern.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Beijing time has no daylight saving since 1991, so a fixed +8 hours gives the Chinese calendar day. */
const beijingOffsetMs = 8 * 60 * 60 * 1000;

/**
 * The Chinese calendar day of a moment or of a `YYYY-MM-DD` text. A `Date` is read in Beijing time,
 * whatever the time zone of the server or phone, because administrative days are Beijing days.
 */
export function toIsoDate(input: Date | IsoDate): IsoDate {
  if (typeof input === 'string') {
    if (!isIsoDate(input)) throw new RangeError(`不是有效的日期：${input}`);
    return input;
  }
  if (Number.isNaN(input.getTime())) throw new RangeError('不是有效的日期');
  return new Date(input.getTime() + beijingOffsetMs).toISOString().slice(0, 10);
}

function utcDay(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The day `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  const next = utcDay(date);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return utcDay(date).getUTCDay();
}
