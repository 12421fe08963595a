import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Child } from '@ccs/shared/children/child-schemas'
import { guardianRelationLabels } from '@ccs/shared/children/guardian-relations'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { fetchChildren } from '../../../../api/children-api'
import { useSession } from '../../../../session/use-session'
import ChildForm from '../../components/child-form'
import SignInFirst from '../../../../components/sign-in-first'
import { formatDate } from '../../../../lib/format-date'
import '../../family.scss'
import PageFrame from '../../../../components/page-frame'

const relationLabel = (relation: string) => guardianRelationLabels[relation as keyof typeof guardianRelationLabels] ?? relation

const ADDING_URL = '/packages/family/pages/children/index?add=1'

/** 我的孩子: the family's children, and adding one (straight away when opened as `ADDING_URL`). */
function ChildrenList() {
  const [adding, setAdding] = useState(() => Taro.getCurrentInstance().router?.params.add === '1')
  const { data: children, error, setData: setChildren } = useLoadedOnShow(fetchChildren)

  return (
    <PageFrame id='screen-children' className='family'>
      <Text className='page-title'>我的孩子</Text>
      {error && <Text id='children-error' className='form-error'>{error}</Text>}
      {children?.length === 0 && !adding && <Text className='page-lead'>还没有添加孩子。</Text>}
      {children?.map((child) => (
        <View key={child.id} id={`child-${child.id}`} className='card family__card'>
          <Text className='family__title'>{child.name}</Text>
          <Text className='family__line'>身份证 {child.maskedResidentId}</Text>
          <Text className='family__line'>出生日期 {formatDate(child.birthDate)}，{child.sex === 'male' ? '男' : '女'}</Text>
          <Text className='family__line'>户口在 {child.hukouRegion.name}</Text>
          {child.residenceRegion && <Text className='family__line'>现在住在 {child.residenceRegion.name}</Text>}
          <Text className='family__line muted'>您是孩子的{relationLabel(child.relation)}</Text>
          <Tappable
            id={`child-${child.id}-apply`}
            className='text-link'
            onClick={() => void Taro.navigateTo({ url: `/packages/family/pages/apply/index?childId=${child.id}` })}
          >
            为{child.name}申请补贴
          </Tappable>
        </View>
      ))}
      {adding ? (
        <View className='card family__card'>
          <Text className='family__title'>添加孩子</Text>
          <ChildForm
            onSaved={(saved) => {
              setChildren([...(children ?? []).filter((child) => child.id !== saved.id), saved])
              setAdding(false)
            }}
            onCancel={() => setAdding(false)}
            backUrl={ADDING_URL}
          />
        </View>
      ) : (
        <Button id='child-add' className='family__button' type='primary' size='xlarge' block onClick={() => setAdding(true)}>
          添加孩子
        </Button>
      )}
    </PageFrame>
  )
}

export default function ChildrenPage() {
  return useSession() ? <ChildrenList /> : <SignInFirst what='管理孩子的信息' block='family' />
}
