import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { CaseSummary } from '@ccs/shared/applications/application-schemas'
import { formatDate } from '../../../lib/format-date'

export const casePage = (applicationId: string) => `/packages/staff/pages/case/index?id=${applicationId}`

/** The due date, and whether it has passed: said in words, not by colour alone. */
export function DueLine({ dueDate, overdue, id }: { dueDate: string | null; overdue: boolean; id?: string }) {
  if (!dueDate) return null
  return (
    <View id={id} className='due'>
      {overdue && <Text className='due__overdue'>已超期</Text>}
      <Text className={overdue ? 'due__date due__date--overdue' : 'due__date'}>截止 {formatDate(dueDate)}</Text>
    </View>
  )
}

/** One case in the queue: whose, which programme, where it stands, by when, how many photos are missing. */
export default function CaseRow({ item }: { item: CaseSummary }) {
  return (
    <Tappable
      id={`case-row-${item.id}`}
      className={`card go-card case-row${item.overdue ? ' case-row--overdue' : ''}`}
      onClick={() => void Taro.navigateTo({ url: casePage(item.id) })}
    >
      <View className='case-row__head'>
        <Text className='case-row__name'>{item.childName}</Text>
        <Text className='case-row__region'>{item.region.name}</Text>
      </View>
      <Text className='staff__line'>{item.programmeName}</Text>
      <Text className='staff__line muted'>{item.statusLabel}</Text>
      <DueLine dueDate={item.dueDate} overdue={item.overdue} />
      <Text className={item.missingDocumentCount > 0 ? 'staff__line staff__warn' : 'staff__line muted'}>
        {item.missingDocumentCount > 0 ? `还缺 ${item.missingDocumentCount} 份证明材料照片` : '证明材料照片已齐'}
      </Text>
    </Tappable>
  )
}
