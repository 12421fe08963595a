import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Child } from '@ccs/shared/children/child-schemas'
import { useLoadedOnShow } from '../../hooks/use-load-on-show'
import { fetchChildren } from '../../api/children-api'
import EmptyState from '../../components/empty-state'

const open = (url: string) => void Taro.navigateTo({ url })
const manageChildren = () => open('/packages/family/pages/children/index')

/** 我的孩子 and 我的申请 on 我的; the pages themselves are in the family subpackage. */
export default function MyChildren() {
  const { data: children, error } = useLoadedOnShow(fetchChildren)

  return (
    <View id='my-children'>
      <Text className='section-title'>我的孩子</Text>
      {error && <Text className='form-error'>{error}</Text>}
      {children?.length === 0 && (
        <EmptyState id='children-empty' text='还没有添加孩子。照着户口簿添加一次，以后申请补贴、签协议都不用再填。' actionId='mine-children-manage' action='添加孩子' onAction={manageChildren} />
      )}
      {children?.map((child) => (
        <Tappable key={child.id} id={`mine-child-${child.id}`} className='card mine__child go-card' onClick={manageChildren}>
          <Text className='mine__empty'>{child.name}</Text>
          <Text className='mine__line muted'>身份证 {child.maskedResidentId} · 户口在 {child.hukouRegion.name}</Text>
        </Tappable>
      ))}
      {children?.length ? (
        <Tappable id='mine-children-manage' className='text-link' onClick={manageChildren}>
          查看或添加孩子
        </Tappable>
      ) : null}
      <Button id='my-applications' className='mine__submit' type='primary' size='xlarge' block onClick={() => open('/packages/family/pages/applications/index')}>
        我的申请
      </Button>
    </View>
  )
}
