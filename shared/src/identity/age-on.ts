import type { IsoDate } from '../calendar/iso-date';

/**
 * Age in whole years (周岁) on a day. The birthday itself is the boundary: a child born 2010-03-15 is
 * 16 on 2026-03-15 and still 15 on 2026-03-14, so "under 16" ends on the 16th birthday.
 *
 * A child born on 29 February has, in a common year, no day of that number; following the Civil Code
 * art. 201 ("没有对应日的，月末日为期间的最后一日") the birthday falls on 28 February that year.
 *
 * (The criminal-law reading "从周岁生日的第二天起算" is not used: the welfare rules here follow the
 * product's convention that the birthday counts.)
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  const [birthYear, birthMonth, birthDay] = birthDate.split('-').map(Number) as [number, number, number];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const isLeap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const birthdayThisYear = birthMonth === 2 && birthDay === 29 && !isLeap ? 28 : birthDay;
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthdayThisYear);
  return year - birthYear - (hadBirthday ? 0 : 1);
}
