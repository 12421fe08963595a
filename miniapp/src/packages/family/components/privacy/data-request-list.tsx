import { Text, View } from '@tarojs/components'
import type { DataRequest } from '@ccs/shared/consent/consent-schemas'
import { formatMoment } from '../../../../lib/format-date'

/** The family's requests to correct or delete, each with where it stands and what was done. */
export default function DataRequestList({ requests }: { requests: DataRequest[] }) {
  if (requests.length === 0) return <Text className='family__line muted'>还没有提过申请。</Text>
  return (
    <View id='data-requests'>
      {requests.map((request) => (
        <View key={request.id} id={`data-request-${request.id}`} className='privacy__request'>
          <Text className='family__title'>
            {request.kindLabel}：{request.childName ?? '孩子的信息已删除'}
          </Text>
          <Text className='family__line muted'>
            {formatMoment(request.createdAt)}提出 · {request.statusLabel}
          </Text>
          {request.note && <Text className='family__line'>您写的：{request.note}</Text>}
          {request.outcome && <Text className='family__line family__ok'>结果：{request.outcome}</Text>}
          {request.status === 'open' && <Text className='family__line muted'>{request.region.name}的儿童主任或县民政局会处理，处理完在这里告诉您。</Text>}
        </View>
      ))}
    </View>
  )
}
