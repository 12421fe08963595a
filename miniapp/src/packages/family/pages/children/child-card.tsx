import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import Tappable from '../../../../components/tappable'
import type { Child } from '@ccs/shared/children/child-schemas'
import { guardianRelationLabels } from '@ccs/shared/children/guardian-relations'
import { errorMessageOf } from '../../../../api/api-error'
import { removeChild } from '../../../../api/children-api'
import { formatDate } from '../../../../lib/format-date'
import ChildForm from '../../components/child-form'

const relationLabel = (relation: string) => guardianRelationLabels[relation as keyof typeof guardianRelationLabels] ?? relation

interface Props {
  child: Child
  onSaved(child: Child): void
  onRemoved(childId: string): void
}

/** One child of 我的孩子: what was saved, and correcting it (修改) or removing a child added by mistake (删除, asked once more). */
export default function ChildCard({ child, onSaved, onRemoved }: Props) {
  const [mode, setMode] = useState<'show' | 'edit' | 'remove'>('show')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const id = `child-${child.id}`

  async function remove() {
    setBusy(true)
    setError(null)
    try {
      await removeChild(child.id)
      onRemoved(child.id)
    } catch (e) {
      setError(errorMessageOf(e))
      setMode('show')
    } finally {
      setBusy(false)
    }
  }

  if (mode === 'edit') {
    return (
      <View id={id} className='card family__card'>
        <Text className='family__title'>修改{child.name}的信息</Text>
        <ChildForm
          editing={child}
          onSaved={(saved) => {
            setMode('show')
            onSaved(saved)
          }}
          onCancel={() => setMode('show')}
        />
      </View>
    )
  }

  return (
    <View id={id} className='card family__card'>
      <Text className='family__title'>{child.name}</Text>
      <Text className='family__line'>身份证 {child.maskedResidentId}</Text>
      <Text className='family__line'>出生日期 {formatDate(child.birthDate)}，{child.sex === 'male' ? '男' : '女'}</Text>
      <Text className='family__line'>户口在 {child.hukouRegion.name}</Text>
      {child.residenceRegion && <Text className='family__line'>现在住在 {child.residenceRegion.name}</Text>}
      <Text className='family__line muted'>您是孩子的{relationLabel(child.relation)}</Text>
      <Tappable
        id={`${id}-apply`}
        className='text-link'
        onClick={() => void Taro.navigateTo({ url: `/packages/family/pages/apply/index?childId=${child.id}` })}
      >
        为{child.name}申请补贴
      </Tappable>
      {error && <Text id={`${id}-error`} className='form-error'>{error}</Text>}
      {mode === 'remove' ? (
        <View id={`${id}-remove-confirm`} className='family__notice'>
          <Text className='family__line'>确定删除{child.name}吗？还没提交的申请草稿会一起删除。</Text>
          <Button id={`${id}-remove-yes`} className='family__button' type='danger' size='large' block disabled={busy} onClick={() => void remove()}>
            {busy ? '正在删除…' : '确定删除'}
          </Button>
          <Tappable id={`${id}-remove-no`} className='text-link' onClick={() => setMode('show')}>
            不删了
          </Tappable>
        </View>
      ) : (
        <View className='child-card__actions'>
          <Tappable id={`${id}-edit`} className='text-link' onClick={() => setMode('edit')}>
            修改信息
          </Tappable>
          <Tappable id={`${id}-remove`} className='text-link' onClick={() => setMode('remove')}>
            删除这个孩子
          </Tappable>
        </View>
      )}
    </View>
  )
}
