/** 2026-12-01 → 2026年12月1日. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** A moment in Beijing time, as staff write it in a file: 2026年11月23日 14:05. */
export function formatMoment(iso: string): string {
  const beijing = new Date(new Date(iso).getTime() + 8 * 60 * 60 * 1000)
  const pad = (value: number) => String(value).padStart(2, '0')
  const date = `${beijing.getUTCFullYear()}-${pad(beijing.getUTCMonth() + 1)}-${pad(beijing.getUTCDate())}`
  return `${formatDate(date)} ${pad(beijing.getUTCHours())}:${pad(beijing.getUTCMinutes())}`
}
