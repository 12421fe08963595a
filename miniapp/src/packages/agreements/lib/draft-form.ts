import { addDays, toIsoDate } from '@ccs/shared/calendar/iso-date'
import { ageOn } from '@ccs/shared/identity/age-on'
import { parseResidentId, residentIdProblemMessages } from '@ccs/shared/identity/resident-id'
import type { Agreement, AgreementDraft } from '@ccs/shared/agreements/agreement-schemas'
import { caregiverRelationLabels, parentRoleLabels, type CaregiverRelation, type ParentRole } from '@ccs/shared/agreements/agreement-status'

export interface PersonFields {
  name: string
  phone: string
}

/** What the parent types, screen by screen; turned into an AgreementDraft when saved. */
export interface DraftForm {
  children: string[]
  caregiver: PersonFields & { residentId: string; relation: CaregiverRelation | '' }
  caregiverDeclaration: boolean
  parents: Record<ParentRole, PersonFields & { workPlace: string; included: boolean }>
  emergencyContact: PersonFields & { relation: string }
  period: { start: string; end: string }
}

export type DraftErrors = Record<string, string | undefined>

// Same rule as the server's agreement phone check (shared agreement-schemas.ts).
const phonePattern = /^1\d{10}$/

export function emptyDraftForm(today = toIsoDate(new Date())): DraftForm {
  const parent = { name: '', phone: '', workPlace: '', included: false }
  return {
    children: [],
    caregiver: { name: '', residentId: '', phone: '', relation: '' },
    caregiverDeclaration: false,
    parents: { father: { ...parent }, mother: { ...parent } },
    emergencyContact: { name: '', phone: '', relation: '' },
    period: { start: today, end: addDays(addDays(today, 365), -1) },
  }
}

/** The view may carry the relation's key or its label. */
function relationKey(relation: string): CaregiverRelation | '' {
  const entry = Object.entries(caregiverRelationLabels).find(([key, label]) => key === relation || label === relation)
  return (entry?.[0] as CaregiverRelation | undefined) ?? ''
}

/** A saved draft back in the form; the caregiver's ID number is masked in the view, so it is typed again. */
export function draftFormOf(agreement: Agreement): DraftForm {
  const form = emptyDraftForm()
  for (const parent of agreement.parents) {
    // The view carries the role's label (母亲), the form its key (mother).
    const role = (Object.keys(parentRoleLabels) as ParentRole[]).find((key) => key === parent.role || parentRoleLabels[key] === parent.role)
    if (role) form.parents[role] = { name: parent.name, phone: parent.phone, workPlace: parent.workPlace, included: true }
  }
  const contact = agreement.emergencyContacts[0]
  return {
    ...form,
    children: agreement.children.map((child) => child.id),
    caregiver: { name: agreement.caregiver.name, residentId: '', phone: agreement.caregiver.phone, relation: relationKey(agreement.caregiver.relation) },
    caregiverDeclaration: true,
    emergencyContact: contact ? { ...contact } : form.emergencyContact,
    period: { ...agreement.period },
  }
}

export function phoneHint(phone: string, who: string): string | undefined {
  if (!phone.trim()) return `请填写${who}的手机号`
  return phonePattern.test(phone.trim()) ? undefined : '手机号应为11位数字，请核对'
}

/** The caregiver must be an adult by the ID number (under 18 cannot take on the care of a child). */
export function caregiverIdHint(text: string, today = toIsoDate(new Date())): string | undefined {
  if (!text.trim()) return '请填写照护人的身份证号码'
  const parsed = parseResidentId(text)
  if (!parsed.valid) return residentIdProblemMessages[parsed.problem]
  if (ageOn(parsed.birthDate, today) < 18) return '照护人按身份证还不满18周岁，请另选一位成年的亲友来照护孩子'
  return undefined
}

export function checkCaregiver(form: DraftForm): DraftErrors {
  return {
    caregiverName: form.caregiver.name.trim() ? undefined : '请填写照护人的姓名',
    caregiverResidentId: caregiverIdHint(form.caregiver.residentId),
    caregiverPhone: phoneHint(form.caregiver.phone, '照护人'),
    caregiverRelation: form.caregiver.relation ? undefined : '请选择照护人是孩子的什么人',
    caregiverDeclaration: form.caregiverDeclaration ? undefined : '请和照护人确认后勾选这一项',
  }
}

export function checkParents(form: DraftForm): DraftErrors {
  const errors: DraftErrors = {}
  const included = (['father', 'mother'] as const).filter((role) => form.parents[role].included)
  if (included.length === 0) errors.parents = '请至少填写父亲或母亲一方'
  for (const role of included) {
    const parent = form.parents[role]
    const who = role === 'father' ? '父亲' : '母亲'
    if (!parent.name.trim()) errors[`${role}Name`] = `请填写${who}的姓名`
    errors[`${role}Phone`] = phoneHint(parent.phone, who)
    if (!parent.workPlace.trim()) errors[`${role}WorkPlace`] = `请填写${who}在哪里打工，例如“广东省东莞市某某电子厂”`
  }
  return errors
}

export function checkContactAndPeriod(form: DraftForm): DraftErrors {
  const { start, end } = form.period
  return {
    contactName: form.emergencyContact.name.trim() ? undefined : '请填写紧急联系人的姓名',
    contactPhone: phoneHint(form.emergencyContact.phone, '紧急联系人'),
    contactRelation: form.emergencyContact.relation.trim() ? undefined : '请填写紧急联系人是孩子的什么人',
    period: end > start ? undefined : '结束日期要在开始日期之后',
  }
}

export const hasErrors = (errors: DraftErrors) => Object.values(errors).some(Boolean)

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/**
 * The messages still true after an edit: those of the fields it changed go (named as the checks above name them),
 * so a fixed field no longer shows red under it; the others stay until 下一步 checks again.
 */
export function errorsAfterEdit(errors: DraftErrors, before: DraftForm, after: DraftForm): DraftErrors {
  const edited = new Set<string>()
  const compare = <T extends object>(prefix: string, was: T, now: T) => {
    for (const field of Object.keys(was) as (keyof T & string)[]) if (was[field] !== now[field]) edited.add(prefix + capitalised(field))
  }
  if (before.children.join() !== after.children.join()) edited.add('children')
  if (before.caregiverDeclaration !== after.caregiverDeclaration) edited.add('caregiverDeclaration')
  compare('caregiver', before.caregiver, after.caregiver)
  compare('contact', before.emergencyContact, after.emergencyContact)
  for (const role of ['father', 'mother'] as const) compare(role, before.parents[role], after.parents[role])
  if (edited.has('fatherIncluded') || edited.has('motherIncluded')) edited.add('parents')
  if (before.period.start !== after.period.start || before.period.end !== after.period.end) edited.add('period')
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !edited.has(key)))
}

export function agreementDraftOf(form: DraftForm): AgreementDraft {
  const { caregiver, emergencyContact: contact } = form
  return {
    children: form.children,
    caregiver: {
      name: caregiver.name.trim(),
      residentId: caregiver.residentId.trim(),
      phone: caregiver.phone.trim(),
      relation: caregiver.relation as CaregiverRelation,
    },
    caregiverDeclaration: true,
    parents: (['father', 'mother'] as const)
      .filter((role) => form.parents[role].included)
      .map((role) => {
        const parent = form.parents[role]
        return { role, name: parent.name.trim(), phone: parent.phone.trim(), workPlace: parent.workPlace.trim() }
      }),
    emergencyContacts: [{ name: contact.name.trim(), phone: contact.phone.trim(), relation: contact.relation.trim() }],
    period: form.period,
  }
}
