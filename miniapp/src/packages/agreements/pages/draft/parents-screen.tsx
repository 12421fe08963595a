import { Text, View } from '@tarojs/components'
import CheckBox from '../../components/check-box'
import TextField from '../../components/text-field'
import { parentRoleLabels, type ParentRole } from '@ccs/shared/agreements/agreement-status'
import type { DraftErrors, DraftForm } from '../../lib/draft-form'
import StepTitle from '../../../../components/step-title'

interface Props {
  form: DraftForm
  errors: DraftErrors
  onChange(form: DraftForm): void
}

/** Screen 3: the parents who go out to work: where they work and how to reach them. */
export default function ParentsScreen({ form, errors, onChange }: Props) {
  const set = (role: ParentRole, change: Partial<DraftForm['parents'][ParentRole]>) =>
    onChange({ ...form, parents: { ...form.parents, [role]: { ...form.parents[role], ...change } } })

  return (
    <View id='screen-draft-parents'>
      <Text className='agreements__step'>第3步，共5步</Text>
      <StepTitle>父母在哪里打工？</StepTitle>
      <Text className='page-lead'>照护人和村里有事能找到父母。外出的一方或双方都填。</Text>
      {(['father', 'mother'] as const).map((role) => {
        const parent = form.parents[role]
        const who = parentRoleLabels[role]
        return (
          <View key={role} className='card agreements__card'>
            <CheckBox id={`parent-${role}`} checked={parent.included} onChange={(included) => set(role, { included })}>
              {`填写${who}的信息`}
            </CheckBox>
            {parent.included && (
              <>
                <TextField id={`parent-${role}-name`} label={`${who}的姓名`} value={parent.name} onChange={(name) => set(role, { name })} error={errors[`${role}Name`]} />
                <TextField id={`parent-${role}-phone`} label={`${who}的手机号`} type='number' maxLength={11} value={parent.phone} onChange={(phone) => set(role, { phone })} error={errors[`${role}Phone`]} />
                <TextField
                  id={`parent-${role}-work-place`}
                  label={`${who}打工的地方`}
                  placeholder='省、市和单位名称'
                  value={parent.workPlace}
                  onChange={(workPlace) => set(role, { workPlace })}
                  error={errors[`${role}WorkPlace`]}
                />
              </>
            )}
          </View>
        )
      })}
      {errors.parents && <Text id='draft-parents-error' className='form-error'>{errors.parents}</Text>}
    </View>
  )
}
