import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Child } from '@ccs/shared/children/child-schemas'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { fetchChildren } from '../../../../api/children-api'
import { useSession } from '../../../../session/use-session'
import ChildForm from '../../components/child-form'
import ChildCard from './child-card'
import SignInFirst from '../../../../components/sign-in-first'
import '../../family.scss'
import PageFrame from '../../../../components/page-frame'

const ADDING_URL = '/packages/family/pages/children/index?add=1'

/** 我的孩子: the family's children, each to correct or remove, and adding one (straight away when opened as `ADDING_URL`). */
function ChildrenList() {
  const [adding, setAdding] = useState(() => Taro.getCurrentInstance().router?.params.add === '1')
  const { data: children, error, setData: setChildren } = useLoadedOnShow(fetchChildren)

  return (
    <PageFrame id='screen-children' className='family'>
      <Text className='page-title'>我的孩子</Text>
      {error && <Text id='children-error' className='form-error'>{error}</Text>}
      {children?.length === 0 && !adding && <Text className='page-lead'>还没有添加孩子。点下面的“添加孩子”，照着户口簿填一填，以后申请补贴就不用再填了。</Text>}
      {children?.map((child) => (
        <ChildCard
          key={child.id}
          child={child}
          onSaved={(saved) => setChildren((children ?? []).map((other) => (other.id === saved.id ? saved : other)))}
          onRemoved={(removed) => setChildren((children ?? []).filter((other) => other.id !== removed))}
        />
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
