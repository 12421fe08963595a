import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Child } from '@ccs/shared/children/child-schemas'
import { useLoadedOnShow } from '../../hooks/use-load-on-show'
import { fetchChildren } from '../../api/children-api'

const open = (url: string) => void Taro.navigateTo({ url })

/** 我的孩子 and 我的申请 on 我的; the pages themselves are in the family subpackage. */
export default function MyChildren() {
  const { data: children, error } = useLoadedOnShow(fetchChildren)

  return (
    <View id='my-children'>
      <Text className='section-title'>我的孩子</Text>
      {error && <Text className='form-error'>{error}</Text>}
      {children?.length === 0 && (
        <View id='children-empty' className='card'>
          <Text className='mine__empty'>还没有添加孩子</Text>
          <Text className='mine__line muted'>添加孩子后，就可以为孩子申请补贴。</Text>
        </View>
      )}
      {children?.map((child) => (
        <Tappable key={child.id} id={`mine-child-${child.id}`} className='card mine__child' onClick={() => open('/packages/family/pages/children/index')}>
          <Text className='mine__empty'>{child.name}</Text>
          <Text className='mine__line muted'>身份证 {child.maskedResidentId} · 户口在 {child.hukouRegion.name}</Text>
        </Tappable>
      ))}
      <Tappable id='mine-children-manage' className='text-link' onClick={() => open('/packages/family/pages/children/index')}>
        {children?.length ? '查看或添加孩子' : '添加孩子'}
      </Tappable>
      <Button id='my-applications' className='mine__submit' type='primary' size='xlarge' block onClick={() => open('/packages/family/pages/applications/index')}>
        我的申请
      </Button>
    </View>
  )
}
