import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@ccs/shared/applications/application-schemas'
import { formatDate, formatMoment } from '../../../lib/format-date'
import { holderText } from '../lib/holder-text'

/** Every step so far, oldest first: what happened, who did it and when, why, and who has it next by when. */
export default function ApplicationTimeline({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View id='timeline' className='card family__card'>
      <Text className='family__title'>办理记录</Text>
      {entries.length === 0 && <Text className='family__line muted'>还没有提交。</Text>}
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} id={`timeline-entry-${index}`} className='timeline__entry'>
          <Text className='timeline__label'>{entry.label}</Text>
          <Text className='timeline__meta'>
            {formatMoment(entry.at)}
            {entry.actor ? ` · ${entry.actor.name ? `${entry.actor.name}（${entry.actor.roleName}）` : entry.actor.roleName}` : ''}
          </Text>
          {entry.reason && <Text className='family__line'>原因：{entry.reason}</Text>}
          {entry.holder && (
            <Text className='timeline__meta'>
              交给 {holderText(entry.holder)}
              {entry.dueDate ? `，${formatDate(entry.dueDate)} 前办完` : ''}
            </Text>
          )}
        </View>
      ))}
    </View>
  )
}
