import { describe, expect, it } from 'vitest'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { replacementFormOf } from './replacement-form'

const old = {
  children: [{ id: 'c1', name: '小雨', maskedResidentId: '5201**********0012' }],
  caregiver: { name: '王桂兰', maskedResidentId: '5201**********2244', phone: '13900000021', relation: '祖父母或外祖父母' },
  parents: [{ role: '母亲', name: '王芳', phone: '13900000001', workPlace: '东莞电子厂' }],
  emergencyContacts: [{ name: '王强', phone: '13900000022', relation: '舅舅' }],
  period: { start: '2026-01-01', end: '2026-12-31' },
} as unknown as Agreement

describe('更换照护人 form', () => {
  it('keeps children, the mother (by her label in the view), the contact and the end; empties the caregiver; starts today', () => {
    const form = replacementFormOf(old, '2026-11-23')
    expect(form.children).toEqual(['c1'])
    expect(form.parents.mother).toEqual({ name: '王芳', phone: '13900000001', workPlace: '东莞电子厂', included: true })
    expect(form.parents.father.included).toBe(false)
    expect(form.emergencyContact).toEqual({ name: '王强', phone: '13900000022', relation: '舅舅' })
    expect(form.caregiver).toEqual({ name: '', residentId: '', phone: '', relation: '' })
    expect(form.caregiverDeclaration).toBe(false)
    expect(form.period).toEqual({ start: '2026-11-23', end: '2026-12-31' })
  })
})
