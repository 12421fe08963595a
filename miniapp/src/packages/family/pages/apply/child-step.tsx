import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import Tappable from '../../../../components/tappable'
import PageFrame from '../../../../components/page-frame'
import { applyChildTitle } from '../../../../first-screen/first-screen-words'
import type { PickedRegion } from '../../../../lib/check-handover'
import ChildForm from '../../components/child-form'
import ChildList from './child-list'
import type { ApplyFlowState } from './use-apply-flow'

const villageLevelCode = /^\d{12}$/
/** A place from the check that the child form can take as it is: only a village. */
const villageOf = (region: PickedRegion | null) => (region && villageLevelCode.test(region.code) ? region : null)

const continueApplication = (id: string) =>
  void Taro.navigateTo({ url: `/packages/family/pages/application-form/index?applicationId=${id}` })

/** Step 1: which child, with the drafts left unfinished and adding a child on the spot. */
export default function ChildStep({ flow }: { flow: ApplyFlowState }) {
  const { children, drafts, adding, error, handover, choose, load } = flow
  return (
    <PageFrame id='screen-child' className='family'>
      {drafts.length > 0 && (
        <View className='family__notice'>
          {drafts.map((draft) => (
            <Tappable key={draft.id} id={`resume-${draft.id}`} className='family__line' onClick={() => continueApplication(draft.id)}>
              {draft.childName}的“{draft.programmeName}”{draft.status === 'returned' ? '需要补充材料' : '还没填完'}，点这里继续 ›
            </Tappable>
          ))}
        </View>
      )}
      <Text className='page-title'>{applyChildTitle}</Text>
      {handover && (
        <Text id='handover-notice' className='family__notice'>您在权益自测里的回答已经带过来了。自测说的是哪个孩子？选好这个孩子就接着申请，不用再填一遍。</Text>
      )}
      {children === null && !error && <Text className='family__line muted'>正在加载…</Text>}
      {children && children.length > 0 && <ChildList children={children} onPick={choose} />}
      {error && <Text id='apply-error' className='form-error'>{error}</Text>}
      {error && children === null && (
        <Button id='retry' type='primary' fill='outline' size='large' onClick={() => void load()}>
          重新加载
        </Button>
      )}
      {adding ? (
        <View className='card family__card'>
          <Text className='family__title'>添加孩子</Text>
          <ChildForm
            onSaved={flow.added}
            initial={handover ? { hukou: villageOf(handover.hukou), residence: villageOf(handover.residence) } : undefined}
            onCancel={children && children.length > 0 ? () => flow.setAdding(false) : undefined}
          />
        </View>
      ) : (
        children && (
          <Button id='child-add' className='family__button' type='primary' fill='outline' size='xlarge' block onClick={() => flow.setAdding(true)}>
            添加孩子
          </Button>
        )
      )}
    </PageFrame>
  )
}
