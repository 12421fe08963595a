import type { IsoDate } from '../calendar/iso-date';
import type { ChildFacts } from './child-facts';
import { fails, holds, unknownFor, type Finding } from './finding';
import { sources } from './sources';

/**
 * 失联 in the national definition (民发〔2019〕62号 一; docs/policy.md "Who is which kind of child"): out of contact
 * and not supporting the child for `definitions.lost_contact_min_months` or more. The family says since when, to
 * the month: `YYYY-MM`, or `YYYY` for "in that year or earlier" (the app's oldest choice), read as its December.
 */
export const lostContactSinceFacts = { father: 'fatherLostContactSince', mother: 'motherLostContactSince' } as const;

const pattern = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** 2025-03 → 2025年3月; 2024 → 2024年或更早. */
export function describeLostContactSince(since: string): string {
  const [, year, month] = pattern.exec(since) ?? [];
  return month ? `${year}年${Number(month)}月` : `${year}年或更早`;
}

/**
 * The first day on which the absence has lasted `minMonths`: months are counted whole, as people count them
 * ("3月起联系不上，到9月满6个月"), because the family gives a month, not a day; the police record on file,
 * which the director checks at the home visit, settles the day.
 */
export function lostContactCountsFrom(since: string, minMonths: number): IsoDate {
  const [, year, month] = pattern.exec(since) ?? [];
  const months = Number(year) * 12 + (month ? Number(month) - 1 : 11) + minMonths;
  return `${Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}-01`;
}

const dayText = (date: IsoDate) => `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

/** Whether one parent answered 失联 has been out of contact long enough on the date, in the family's words. */
export function lostContactLongEnough(
  facts: ChildFacts,
  parent: keyof typeof lostContactSinceFacts,
  who: string,
  date: IsoDate,
  minMonths: number,
): Finding {
  const fact = lostContactSinceFacts[parent];
  const since = facts[fact];
  if (since === undefined) return unknownFor([fact], `还需要知道${who}从哪年哪月起联系不上`, sources.lostContact);
  const from = lostContactCountsFrom(since, minMonths);
  const started = `${who}从${describeLostContactSince(since)}起联系不上`;
  return date >= from
    ? holds(`${started}，已满${minMonths}个月，属于失联`, sources.lostContact)
    : fails(
        `${started}，还不满${minMonths}个月，现在还不算失联（失去联系满${minMonths}个月才算）。到${dayText(from)}就满${minMonths}个月了，那时可以申请；在这之前请先向派出所报警，留下报警回执`,
        sources.lostContact,
      );
}
