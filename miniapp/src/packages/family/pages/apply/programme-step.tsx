import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import type { Child } from '@ccs/shared/children/child-schemas'
import Tappable from '../../../../components/tappable'
import PageFrame from '../../../../components/page-frame'
import ProgrammeList from './programme-list'
import type { ApplyFlowState } from './use-apply-flow'

const openApplication = (id: string) => void Taro.navigateTo({ url: `/packages/family/pages/application/index?id=${id}` })

/** Step 2: the programmes for the child chosen, with why the 权益自测's answers stayed behind when they describe another child. */
export default function ProgrammeStep({ child, flow }: { child: Child; flow: ApplyFlowState }) {
  const { mismatch, queryFacts, busy, error, existingId, pick } = flow
  return (
    <PageFrame className='family'>
      {mismatch && (
        <Text id='check-mismatch' className='family__notice'>
          {mismatch}，不是同一个孩子，所以自测的回答没有带过来。请为{child.name}重新回答问题，或者换一个孩子。
        </Text>
      )}
      <ProgrammeList child={child} facts={{ birthDate: child.birthDate, hukouRegion: child.hukouRegion.code, ...queryFacts }} busy={busy} onPick={(id) => void pick(id, child)} />
      {busy && <Text className='family__line muted'>正在打开申请…</Text>}
      {error && <Text id='apply-error' className='form-error'>{error}</Text>}
      {existingId && (
        <Tappable id='existing-application' className='text-link' onClick={() => openApplication(existingId)}>
          查看这份申请
        </Tappable>
      )}
      <Tappable id='change-child' className='text-link' onClick={flow.changeChild}>
        换一个孩子
      </Tappable>
    </PageFrame>
  )
}
