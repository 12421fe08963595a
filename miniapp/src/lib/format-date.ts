import { toIsoDate } from '@ccs/shared/calendar/iso-date'

/** 2026-12-01 → 2026年12月1日. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** A moment in Beijing time, as people say it: 2026年11月23日 14:05. */
export function formatMoment(iso: string): string {
  const moment = new Date(iso)
  const beijing = new Date(moment.getTime() + 8 * 60 * 60 * 1000)
  const time = `${String(beijing.getUTCHours()).padStart(2, '0')}:${String(beijing.getUTCMinutes()).padStart(2, '0')}`
  return `${formatDate(toIsoDate(moment))} ${time}`
}
