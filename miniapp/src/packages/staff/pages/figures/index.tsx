import { Text } from '@tarojs/components'
import PageFrame from '../../../../components/page-frame'
import '../staff.scss'

/** 标准和金额: the figures of the administrator's region with their history, and a new value with its preview. */
export default function StaffFiguresPage() {
  return (
    <PageFrame id='screen-staff-figures' className='staff'>
      <Text className='page-title'>标准和金额</Text>
    </PageFrame>
  )
}
