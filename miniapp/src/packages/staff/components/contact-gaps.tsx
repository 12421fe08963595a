import { Text, View } from '@tarojs/components'
import { daysAgoLabel } from '@ccs/shared/agreements/agreement-contact-labels'
import { useLoadedOnShow } from '../../../hooks/use-load-on-show'
import { fetchContactGaps } from '../api/agreement-contact-gaps-api'

/**
 * 超过7天没联系的孩子 (issue 4 §7): the director calls these parents to remind them of the weekly contact
 * (001 §11 puts the child director in charge of that reminder). The longest silence comes first.
 */
export default function ContactGaps() {
  const gaps = useLoadedOnShow(fetchContactGaps)
  const maxDays = gaps.data?.maxGapDays ?? 7
  return (
    <View id='contact-gaps'>
      <Text className='section-title'>超过{maxDays}天没联系的孩子</Text>
      {gaps.error && <Text id='contact-gaps-error' className='form-error'>{gaps.error}</Text>}
      {gaps.data?.children.length === 0 && (
        <Text id='contact-gaps-empty' className='staff__empty'>父母都在按时联系孩子，没有超过{maxDays}天没联系的。</Text>
      )}
      {gaps.data?.children.map((child) => (
        <View key={`${child.agreementId}-${child.childId}`} id={`gap-${child.childId}`} className='card staff__card'>
          <Text className='staff__title'>{child.name}</Text>
          <Text className='staff__line staff__warn'>
            {child.lastContactAt === null
              ? `协议开始${child.daysSinceContact}天了，父母还没记录过联系`
              : `父母上次联系是${daysAgoLabel(child.daysSinceContact)}`}
          </Text>
          <Text className='staff__line'>照护人：{child.caregiverName}</Text>
          {child.parents.map((parent) => (
            <Text key={parent.phone} className='staff__line'>请提醒 {parent.name}，电话 {parent.phone}</Text>
          ))}
        </View>
      ))}
    </View>
  )
}
