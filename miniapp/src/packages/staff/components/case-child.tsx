import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import type { CaseDetail } from '@ccs/shared/applications/application-schemas'
import { formatDate } from '../../../lib/format-date'

export const childFilePage = (childId: string) => `/packages/staff/pages/child/index?id=${childId}`

/** The child as the staff chain needs to identify them: full ID number (only here), places, the application's number. */
export default function CaseChild({ detail }: { detail: CaseDetail }) {
  const { child } = detail
  return (
    <View id='case-child' className='card staff__card'>
      <Text className='page-title'>{child.name}</Text>
      <Text className='staff__line'>{detail.programmeName}</Text>
      {detail.reference && <Text className='staff__line muted'>申请编号：{detail.reference}</Text>}
      <Text id='case-resident-id' className='staff__line'>身份证号码：{detail.residentId}</Text>
      <Text className='staff__line'>
        {child.sex === 'female' ? '女' : '男'}，{formatDate(child.birthDate)} 出生
      </Text>
      <Text className='staff__line'>户籍地：{child.hukouRegion.name}</Text>
      {child.residenceRegion && <Text className='staff__line'>现居住地：{child.residenceRegion.name}</Text>}
      {detail.routing && <Text className='staff__line muted'>{detail.routing.reason}</Text>}
      <Tappable id='child-file-link' className='text-link' onClick={() => void Taro.navigateTo({ url: childFilePage(child.id) })}>
        查看这个孩子的档案（一人一档）
      </Tappable>
    </View>
  )
}
