import type { IsoDate } from '../calendar/iso-date';

/**
 * Weekly contact (issue 4 §7): parents working away record, in one tap, that they phoned, video-called or
 * went home to see the child or the caregiver; 001 §5 and §11 ask for contact at least once a week.
 */
export const contactKinds = ['phone', 'video', 'visit'] as const;
export type ContactKind = (typeof contactKinds)[number];
export const contactKindLabels: Record<ContactKind, string> = { phone: '打电话', video: '视频', visit: '回家看望' };

export const contactWiths = ['child', 'caregiver', 'both'] as const;
export type ContactWith = (typeof contactWiths)[number];
export const contactWithLabels: Record<ContactWith, string> = { child: '孩子', caregiver: '照护人', both: '孩子和照护人' };

/** The parameter holding the longest allowed gap, in days (shared/parameters/agreements/…). */
export const weeklyContactParameter = 'agreements.weekly_contact_max_days';

/** Whole Beijing days from one calendar day to another. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** 今天 / 昨天 / 3天前, as the parent and the director read it. */
export function daysAgoLabel(days: number): string {
  if (days <= 0) return '今天';
  if (days === 1) return '昨天';
  return `${days}天前`;
}
