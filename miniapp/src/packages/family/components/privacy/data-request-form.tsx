import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css'
import type { Child } from '@ccs/shared/children/child-schemas'
import { dataRequestKindLabels, type DataRequest } from '@ccs/shared/consent/consent-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { useLocalDraft } from '../../../../lib/local-draft'
import { newUuid } from '../../../../lib/new-uuid'
import { requestDataChange } from '../../api/consent-api'

type Kind = keyof typeof dataRequestKindLabels

/** Kept on the phone with the id the app made, so a retry after a dropped answer asks once. */
interface RequestDraft {
  id: string
  childId: string | null
  kind: Kind | null
  note: string
}

interface Props {
  children: Child[]
  onDone(request: DataRequest): void
  onCancel(): void
}

/** 申请更正或删除孩子的信息: which child, correct or delete, and in the family's own words what is wrong. */
export default function DataRequestForm({ children, onDone, onCancel }: Props) {
  const draft = useLocalDraft<RequestDraft>('data-request', () => ({ id: newUuid(), childId: children.length === 1 ? children[0]!.id : null, kind: null, note: '' }))
  const { id, childId, kind, note } = draft.value
  const set = (change: Partial<RequestDraft>) => draft.set((current) => ({ ...current, ...change }))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function send() {
    if (!childId) return setError('请选择是哪个孩子的信息。')
    if (!kind) return setError('请选择是更正还是删除。')
    if (kind === 'correct' && note.trim().length < 2) return setError('请写一句哪里不对、应该改成什么。')
    setBusy(true)
    setError(null)
    try {
      const request = await requestDataChange({ id, childId, kind, note: note.trim() })
      draft.clear()
      onDone(request)
    } catch (e) {
      setError(`没有提交成功：${errorMessageOf(e)}`)
      setBusy(false)
    }
  }

  return (
    <View id='screen-data-request'>
      <Text className='page-title'>申请更正或删除孩子的信息</Text>
      {children.length === 0 && <Text className='page-lead'>您还没有添加孩子，系统里没有要更正或删除的孩子信息。</Text>}
      {children.length > 0 && (
        <>
          <Text className='field-label'>是哪个孩子？</Text>
          <View className='choice-row'>
            {children.map((child) => (
              <Tappable
                key={child.id}
                id={`data-request-child-${child.id}`}
                className={`choice ${childId === child.id ? 'choice--selected' : ''}`}
                role='radio'
                aria-checked={childId === child.id}
                onClick={() => set({ childId: child.id })}
              >
                <View className='choice__mark' />
                <Text>{child.name}</Text>
              </Tappable>
            ))}
          </View>
          <Text className='field-label'>您想</Text>
          <View className='choice-row'>
            {(Object.keys(dataRequestKindLabels) as Kind[]).map((key) => (
              <Tappable
                key={key}
                id={`data-request-kind-${key}`}
                className={`choice ${kind === key ? 'choice--selected' : ''}`}
                role='radio'
                aria-checked={kind === key}
                onClick={() => set({ kind: key })}
              >
                <View className='choice__mark' />
                <Text>{dataRequestKindLabels[key]}</Text>
              </Tappable>
            ))}
          </View>
          {kind === 'delete' && (
            <Text className='family__notice'>
              还没提交过申请、也没写进委托照护协议的孩子，点提交就马上删除，删了找不回来。已经提交过申请的，由儿童主任或县民政局处理。
            </Text>
          )}
          <Text className='field-label'>{kind === 'delete' ? '想说明的话（可以不写）' : '哪里不对？应该改成什么？'}</Text>
          <TextArea id='data-request-note' className='privacy__textarea' placeholder='例如：名字写错了，应该是王小丽' value={note} maxLength={500} rows={3} onChange={(text) => set({ note: text })} />
        </>
      )}
      {error && <Text id='data-request-error' className='form-error'>{error}</Text>}
      {children.length > 0 && (
        <Button id='data-request-send' className='family__button' type='primary' size='xlarge' block disabled={busy} onClick={() => void send()}>
          {busy ? '正在提交…' : '提交'}
        </Button>
      )}
      <Tappable id='data-request-cancel' className='text-link' onClick={onCancel}>
        返回
      </Tappable>
    </View>
  )
}
