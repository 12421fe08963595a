const chinaOffsetMs = 8 * 60 * 60 * 1000;

/** "2026-03-01" → "2026年3月1日". */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** An instant as Beijing time (UTC+8 all year, no daylight saving): "2026年3月1日 14:05". */
export function chineseDateTime(instant: string | Date): string {
  const local = new Date(new Date(instant).getTime() + chinaOffsetMs).toISOString();
  return `${chineseDate(local)} ${local.slice(11, 16)}`;
}
