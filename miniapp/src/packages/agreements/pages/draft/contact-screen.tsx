import { Picker, Text, View } from '@tarojs/components'
import TextField from '../../components/text-field'
import type { DraftErrors, DraftForm } from '../../lib/draft-form'
import { formatDate } from '../../../../lib/format-date'
import StepTitle from '../../../../components/step-title'

interface Props {
  form: DraftForm
  errors: DraftErrors
  onChange(form: DraftForm): void
}

function DateField({ id, label, value, onChange }: { id: string; label: string; value: string; onChange(value: string): void }) {
  return (
    <>
      <Text className='field-label'>{label}</Text>
      <Picker mode='date' value={value} onChange={(event) => onChange(String(event.detail.value))}>
        <View id={id} className='choice'>
          <Text>{formatDate(value)}（点这里改）</Text>
        </View>
      </Picker>
    </>
  )
}

/** Screen 4: someone to call when neither parent nor caregiver can be reached, and how long the care lasts. */
export default function ContactScreen({ form, errors, onChange }: Props) {
  const contact = form.emergencyContact
  const set = (change: Partial<DraftForm['emergencyContact']>) => onChange({ ...form, emergencyContact: { ...contact, ...change } })
  const setPeriod = (change: Partial<DraftForm['period']>) => onChange({ ...form, period: { ...form.period, ...change } })

  return (
    <View id='screen-draft-contact'>
      <Text className='agreements__step'>第4步，共5步</Text>
      <StepTitle>紧急联系人和托付时间</StepTitle>
      <Text className='page-lead'>找不到父母和照护人时，村里打给紧急联系人。</Text>
      <TextField id='contact-name' label='紧急联系人的姓名' value={contact.name} onChange={(name) => set({ name })} error={errors.contactName} />
      <TextField id='contact-phone' label='紧急联系人的手机号' type='number' maxLength={11} value={contact.phone} onChange={(phone) => set({ phone })} error={errors.contactPhone} />
      <TextField id='contact-relation' label='紧急联系人是孩子的' placeholder='例如：舅舅' value={contact.relation} onChange={(relation) => set({ relation })} error={errors.contactRelation} />
      <DateField id='period-start' label='从哪天开始托付' value={form.period.start} onChange={(start) => setPeriod({ start })} />
      <DateField id='period-end' label='到哪天结束' value={form.period.end} onChange={(end) => setPeriod({ end })} />
      {errors.period && <Text id='period-error' className='form-error'>{errors.period}</Text>}
    </View>
  )
}
