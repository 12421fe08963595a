import type { IsoDate } from '../calendar/iso-date';
import { ageOn } from '../identity/age-on';
import { parseResidentId } from '../identity/resident-id';
import type { ChildFacts } from './child-facts';
import { fails, holds, unknownFor, type Finding } from './finding';

/** The birth date as given, or as read from the resident ID. */
export function birthDateOf(facts: ChildFacts): IsoDate | undefined {
  if (facts.birthDate) return facts.birthDate;
  const parsed = facts.residentId === undefined ? undefined : parseResidentId(facts.residentId);
  return parsed?.valid ? parsed.birthDate : undefined;
}

/** Whether the child is under `limit` 周岁 on the date; the birthday ends it (see ageOn). */
export function childAge(facts: ChildFacts, date: IsoDate, limit: number, source: string): Finding {
  const birthDate = birthDateOf(facts);
  if (!birthDate) return unknownFor(['birthDate'], '还需要孩子的出生日期或身份证号码', source);
  const age = ageOn(birthDate, date);
  return age < limit
    ? holds(`孩子${age}周岁，未满${limit}周岁`, source)
    : fails(`孩子已满${limit}周岁（现${age}周岁）`, source);
}

/** Whether the person has reached `limit` 周岁 on the date. */
export function adultAge(facts: ChildFacts, date: IsoDate, limit: number, source: string): Finding {
  const birthDate = birthDateOf(facts);
  if (!birthDate) return unknownFor(['birthDate'], '还需要出生日期或身份证号码', source);
  const age = ageOn(birthDate, date);
  return age >= limit
    ? holds(`已满${limit}周岁（现${age}周岁）`, source)
    : fails(`未满${limit}周岁（现${age}周岁）`, source);
}
