import { useRouter } from '@tarojs/taro'
import '../staff.scss'
import CaseView from '../../components/case-view'
import DeskFrame from '../../components/desk-frame'
import IncompleteLink from '../../../../components/incomplete-link'

/** 办理申请, opened from a row of 我的待办 on a phone (a desk opens it beside the queue). */
export default function CasePage() {
  const { id } = useRouter().params
  return id ? (
    <DeskFrame layout='reading'>
      <CaseView id={id} />
    </DeskFrame>
  ) : (
    <IncompleteLink reopenFrom='我的待办' block='staff' />
  )
}
