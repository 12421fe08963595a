import { describe, expect, it } from 'vitest'
import { checkCaregiver, checkContactAndPeriod, checkParents, emptyDraftForm, errorsAfterEdit, type DraftForm } from './draft-form'

const empty = emptyDraftForm('2026-11-23')
const edit = (change: (form: DraftForm) => DraftForm) => change(structuredClone(empty))

describe('the messages left after an edit of the care agreement draft', () => {
  it('drops only the message of the caregiver field just answered', () => {
    const errors = checkCaregiver(empty)
    const after = errorsAfterEdit(errors, empty, edit((form) => ({ ...form, caregiver: { ...form.caregiver, relation: 'grandparent' } })))
    expect(after.caregiverRelation).toBeUndefined()
    expect(after.caregiverName).toBe('请填写照护人的姓名')
    expect(after.caregiverPhone).toBe('请填写照护人的手机号')
    expect(after.caregiverDeclaration).toBe('请和照护人确认后勾选这一项')
  })

  it('drops 请至少填写父亲或母亲一方 when a parent is ticked, and a parent’s phone message when it is typed', () => {
    const ticked = edit((form) => ({ ...form, parents: { ...form.parents, mother: { ...form.parents.mother, included: true } } }))
    expect(errorsAfterEdit(checkParents(empty), empty, ticked).parents).toBeUndefined()
    const typed = { ...ticked, parents: { ...ticked.parents, mother: { ...ticked.parents.mother, phone: '13900000001' } } }
    const after = errorsAfterEdit(checkParents(ticked), ticked, typed)
    expect(after.motherPhone).toBeUndefined()
    expect(after.motherName).toBe('请填写母亲的姓名')
  })

  it('drops the period message when a date changes, and keeps the contact’s and the save message', () => {
    const errors = { ...checkContactAndPeriod({ ...empty, period: { start: '2026-12-01', end: '2026-11-30' } }), save: '没有保存成功：网络不好' }
    const after = errorsAfterEdit(errors, empty, edit((form) => ({ ...form, period: { ...form.period, end: '2027-06-30' } })))
    expect(after.period).toBeUndefined()
    expect(after.contactName).toBe('请填写紧急联系人的姓名')
    expect(after.save).toBe('没有保存成功：网络不好')
  })

  it('keeps every message when nothing changed', () => {
    const errors = checkCaregiver(empty)
    expect(errorsAfterEdit(errors, empty, structuredClone(empty))).toEqual(errors)
  })
})
