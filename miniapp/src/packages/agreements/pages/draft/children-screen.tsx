import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import type { Child } from '@ccs/shared/children/child-schemas'
import { ageOn } from '@ccs/shared/identity/age-on'
import StepTitle from '../../../../components/step-title'

interface ChildrenScreenProps {
  children: Child[] | null
  loadError: string | null
  selected: string[]
  onChange(selected: string[]): void
  error?: string
}

/** Screen 1: which of the family's children are entrusted; from 16 on the policy no longer applies. */
export default function ChildrenScreen({ children, loadError, selected, onChange, error }: ChildrenScreenProps) {
  const today = toIsoDate(new Date())
  return (
    <View id='screen-draft-children'>
      <Text className='agreements__step'>第1步，共5步</Text>
      <StepTitle>托付哪个孩子？</StepTitle>
      <Text className='page-lead'>可以选几个孩子，他们由同一位照护人照顾。</Text>
      {loadError && <Text id='children-error' className='form-error'>{loadError}</Text>}
      {children === null && !loadError && <Text className='agreements__line muted'>正在加载…</Text>}
      {children?.length === 0 && <Text className='page-lead'>还没有添加孩子，请先添加。</Text>}
      {children?.map((child) => {
        const tooOld = ageOn(child.birthDate, today) >= 16
        const isSelected = selected.includes(child.id)
        return (
          <Tappable
            key={child.id}
            id={`draft-child-${child.id}`}
            className={`choice choice--multi ${isSelected ? 'choice--selected' : ''} ${tooOld ? 'choice--disabled' : ''}`}
            role='checkbox'
            aria-checked={isSelected}
            aria-disabled={tooOld}
            onClick={() => !tooOld && onChange(isSelected ? selected.filter((id) => id !== child.id) : [...selected, child.id])}
          >
            {/* Several may be chosen: a tick box, not a round radio mark. */}
            <Text className='choice__mark'>{isSelected ? '✓' : ''}</Text>
            <Text>
              {child.name}
              {tooOld ? '（已满16周岁，不需要委托照护协议）' : ''}
            </Text>
          </Tappable>
        )
      })}
      {error && <Text id='draft-children-error' className='form-error'>{error}</Text>}
      <Tappable id='draft-add-child' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/family/pages/children/index' })}>
        添加孩子
      </Tappable>
    </View>
  )
}
