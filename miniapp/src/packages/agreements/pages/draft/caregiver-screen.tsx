import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { parseResidentId } from '@ccs/shared/identity/resident-id'
import CheckBox from '../../components/check-box'
import TextField from '../../components/text-field'
import { caregiverRelationLabels, type CaregiverRelation } from '@ccs/shared/agreements/agreement-status'
import { caregiverIdHint, type DraftErrors, type DraftForm } from '../../lib/draft-form'
import { formatDate } from '../../../../lib/format-date'
import StepTitle from '../../../../components/step-title'

interface Props {
  form: DraftForm
  errors: DraftErrors
  onChange(form: DraftForm): void
  onErrors(errors: DraftErrors): void
}

/** Screen 2: who cares for the child, checked as typed: an adult by the ID number, with a phone. */
export default function CaregiverScreen({ form, errors, onChange, onErrors }: Props) {
  const caregiver = form.caregiver
  const set = (change: Partial<DraftForm['caregiver']>) => onChange({ ...form, caregiver: { ...caregiver, ...change } })
  const parsed = parseResidentId(caregiver.residentId)

  return (
    <View id='screen-draft-caregiver'>
      <Text className='agreements__step'>第2步，共5步</Text>
      <StepTitle>谁来照顾孩子？</StepTitle>
      <Text className='page-lead'>照护人要年满18周岁，身体好，能照顾孩子。</Text>
      <TextField id='caregiver-name' label='照护人的姓名' value={caregiver.name} onChange={(name) => set({ name })} error={errors.caregiverName} placeholder='和身份证上一样' />
      <TextField
        id='caregiver-resident-id'
        label='照护人的身份证号码'
        type='idcard'
        maxLength={18}
        value={caregiver.residentId}
        placeholder='18位'
        onChange={(residentId) => set({ residentId })}
        onBlur={() => caregiver.residentId && onErrors({ ...errors, caregiverResidentId: caregiverIdHint(caregiver.residentId) })}
        error={errors.caregiverResidentId}
      />
      {parsed.valid && !errors.caregiverResidentId && (
        <Text id='caregiver-birth' className='agreements__line muted'>出生日期 {formatDate(parsed.birthDate)}</Text>
      )}
      <TextField id='caregiver-phone' label='照护人的手机号' type='number' maxLength={11} value={caregiver.phone} onChange={(phone) => set({ phone })} error={errors.caregiverPhone} />
      <Text className='field-label'>照护人是孩子的</Text>
      <View className='choice-row'>
        {(Object.keys(caregiverRelationLabels) as CaregiverRelation[]).map((relation) => (
          <Tappable
            key={relation}
            id={`caregiver-relation-${relation}`}
            className={`choice ${caregiver.relation === relation ? 'choice--selected' : ''}`}
            role='radio'
            aria-checked={caregiver.relation === relation}
            onClick={() => set({ relation })}
          >
            <View className='choice__mark' />
            <Text>{caregiverRelationLabels[relation]}</Text>
          </Tappable>
        ))}
      </View>
      {errors.caregiverRelation && <Text id='caregiver-relation-error' className='form-error'>{errors.caregiverRelation}</Text>}
      <CheckBox id='caregiver-declaration' checked={form.caregiverDeclaration} onChange={(checked) => onChange({ ...form, caregiverDeclaration: checked })}>
        照护人已经同意照顾孩子，并说明自己年满18周岁、身体健康、有能力照顾孩子，没有不适合照顾孩子的情况。
      </CheckBox>
      {errors.caregiverDeclaration && <Text id='caregiver-declaration-error' className='form-error'>{errors.caregiverDeclaration}</Text>}
    </View>
  )
}
