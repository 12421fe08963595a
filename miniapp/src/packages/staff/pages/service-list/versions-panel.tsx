import { Text, View } from '@tarojs/components'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { formatDate } from '../../../../lib/format-date'
import type { ServiceListOverview } from '../../api/service-lists-api'

const publishedOn = (iso: string) => formatDate(toIsoDate(new Date(iso)))

/** The published versions, newest first; the newest is what families see. */
export default function VersionsPanel({ versions }: { versions: ServiceListOverview['versions'] }) {
  return (
    <View id='service-list-versions' className='card staff__card'>
      {versions.length === 0 && <Text className='staff__line'>还没有发布过。</Text>}
      {versions.map((v, index) => (
        <View key={v.version} id={`version-${v.version}`} className='service-list__version'>
          <Text className='service-list__version-name'>版本 {v.version}</Text>
          {index === 0 && <Text className='service-list__current'>（家长现在看到的）</Text>}
          <Text className='service-list__version-line'>
            {publishedOn(v.publishedAt)}发布，共 {v.itemCount} 项
          </Text>
        </View>
      ))}
      <Text className='service-list__hint'>已发布的版本不能再改。要改，就改下面的草稿，再发布成新版本。</Text>
    </View>
  )
}
