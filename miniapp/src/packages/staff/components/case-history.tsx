import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '@ccs/shared/applications/application-schemas'
import { formatDate, formatMoment } from '../../../lib/format-date'

/** Every step, oldest first: what was done, by whom and when, the reason or visit notes, and who has it next. */
export default function CaseHistory({ entries }: { entries: TimelineEntry[] }) {
  return (
    <View id='case-history' className='card staff__card'>
      <Text className='staff__title'>办理记录</Text>
      {entries.map((entry, index) => (
        <View key={`${entry.at}-${index}`} id={`history-${index}`} className='history__entry'>
          <Text className='history__label'>{entry.label}</Text>
          <Text className='history__meta'>
            {formatMoment(entry.at)}
            {entry.actor ? ` · ${entry.actor.name ? `${entry.actor.name}（${entry.actor.roleName}）` : entry.actor.roleName}` : ''}
          </Text>
          {entry.reason && <Text className='staff__line'>原因：{entry.reason}</Text>}
          {entry.notes && <Text className='staff__line'>记录：{entry.notes}</Text>}
          {entry.holder && (
            <Text className='history__meta'>
              交给 {entry.holder.name ? `${entry.holder.name}（${entry.holder.region.name} ${entry.holder.roleName}）` : `${entry.holder.region.name} ${entry.holder.roleName}`}
              {entry.dueDate ? `，${formatDate(entry.dueDate)} 前办完` : ''}
            </Text>
          )}
        </View>
      ))}
    </View>
  )
}
