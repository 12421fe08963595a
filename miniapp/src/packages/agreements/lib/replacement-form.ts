import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { draftFormOf, type DraftForm } from './draft-form'

/**
 * 更换照护人: the new agreement starts as the old one (children, parents, emergency contact, period) with the
 * caregiver left empty; it runs from today at the earliest, since the new caregiver takes over now.
 */
export function replacementFormOf(old: Agreement, today = toIsoDate(new Date())): DraftForm {
  const form = draftFormOf(old)
  return {
    ...form,
    caregiver: { name: '', residentId: '', phone: '', relation: '' },
    caregiverDeclaration: false,
    period: { start: old.period.start > today ? old.period.start : today, end: old.period.end },
  }
}
