import type { Child } from '@ccs/shared/children/child-schemas'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { ageOn } from '@ccs/shared/identity/age-on'
import type { CheckChild } from '../../../lib/check-handover'

/**
 * Whether the child the 权益自测 described can be this child: the same birth date when one was given, else the same
 * age in 周岁 today. Null when it can; otherwise the sentence that tells the family why its answers stay behind
 * (the check's "6周岁" and 学前教育 must not land on a real 10-year-old).
 */
export function checkMismatch(described: CheckChild, child: Child, today = toIsoDate(new Date())): string | null {
  const age = ageOn(child.birthDate, today)
  if (described.birthDate !== undefined) {
    if (described.birthDate === child.birthDate) return null
    return `您在权益自测里填的出生日期是${described.birthDate}，${child.name}是${child.birthDate}出生的（现${age}周岁）`
  }
  if (described.ageYears === undefined || described.ageYears === age) return null
  return `您在权益自测里填的是${described.ageYears}周岁的孩子，${child.name}现${age}周岁`
}
