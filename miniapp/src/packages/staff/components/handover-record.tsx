import { Text, View } from '@tarojs/components'
import type { Handover } from '@ccs/shared/applications/application-schemas'
import { crossRegionWords } from '@ccs/shared/regions/cross-region-scope'
import { formatDate, formatMoment } from '../../../lib/format-date'

/**
 * Where a case went to its hukou place and what came back, as the township records it: the office (name and code),
 * when it was sent, the day their answer is due, and their answer once recorded.
 */
export default function HandoverRecord({ handover }: { handover: Handover }) {
  const { office, answer } = handover
  return (
    <View id='handover-record'>
      <Text className='staff__subtitle'>{crossRegionWords[handover.scope].handling}</Text>
      <Text className='staff__line'>转交给：{office.name}（区划代码 {office.code}）</Text>
      <Text className='staff__line'>转交时间：{formatMoment(handover.sentAt)}</Text>
      <Text className='staff__line'>应答复日期：{formatDate(handover.answerDue)}前</Text>
      <Text id='handover-answer' className='staff__line'>
        户籍地答复：
        {answer === null ? '还没有答复' : answer.accepted ? `已受理，受理编号 ${answer.reference}` : `不予受理：${answer.reason}`}
        {answer && `（${formatMoment(answer.at)} 记录）`}
      </Text>
    </View>
  )
}
