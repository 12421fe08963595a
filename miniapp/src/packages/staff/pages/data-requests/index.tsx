import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css'
import type { DataRequest } from '@ccs/shared/consent/consent-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import { useLoadedOnShow } from '../../../../hooks/use-load-on-show'
import { formatMoment } from '../../../../lib/format-date'
import DeskFrame from '../../components/desk-frame'
import { closeDataRequest, fetchOpenDataRequests } from '../../api/data-requests-api'
import '../staff.scss'

const childOf = (request: DataRequest) => request.childName ?? '孩子的信息已删除'

/** One request: what the family asked, and the reply that closes it (the family reads it on 隐私与个人信息). */
function CloseRequest({ request, onClosed, onBack }: { request: DataRequest; onClosed(request: DataRequest): void; onBack(): void }) {
  const [outcome, setOutcome] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function close() {
    if (outcome.trim().length < 2) return setError('请写明怎么处理的，家长会看到。')
    setBusy(true)
    setError(null)
    try {
      onClosed(await closeDataRequest(request.id, outcome.trim()))
    } catch (e) {
      setError(`没有保存成功：${errorMessageOf(e)}`)
      setBusy(false)
    }
  }

  return (
    <View id='screen-data-request-close'>
      <Text className='page-title'>{request.kindLabel}</Text>
      <View className='card'>
        <Text className='staff__line'>孩子：{childOf(request)}（{request.region.name}）</Text>
        <Text className='staff__line'>提出时间：{formatMoment(request.createdAt)}</Text>
        <Text className='staff__line'>家长写的：{request.note || '（没有写）'}</Text>
      </View>
      <Text className='field-label'>怎么处理的（家长会看到）</Text>
      <TextArea id='data-request-outcome' placeholder='例如：已按户口簿把姓名改为王小丽' value={outcome} maxLength={500} rows={3} onChange={setOutcome} />
      {error && <Text id='data-request-close-error' className='form-error'>{error}</Text>}
      <Button id='data-request-close' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={() => void close()}>
        {busy ? '正在保存…' : '办完了，告诉家长'}
      </Button>
      <Tappable id='data-request-back' className='text-link' onClick={onBack}>
        返回列表
      </Tappable>
    </View>
  )
}

/**
 * 更正或删除儿童信息: families' requests about children of this region that the app could not do alone
 * (a child with a submitted application or a care agreement, or a correction), oldest first.
 */
export default function StaffDataRequestsPage() {
  const { data: requests, error, setData } = useLoadedOnShow(fetchOpenDataRequests)
  const [open, setOpen] = useState<DataRequest | null>(null)
  const [said, setSaid] = useState<string | null>(null)

  if (open) {
    return (
      <DeskFrame layout='reading'>
        <CloseRequest
          request={open}
          onBack={() => setOpen(null)}
          onClosed={(closed) => {
            setData((requests ?? []).filter((request) => request.id !== closed.id))
            setSaid(`已办完：${closed.kindLabel}（${childOf(closed)}），家长能看到您写的处理结果。`)
            setOpen(null)
          }}
        />
      </DeskFrame>
    )
  }

  return (
    <DeskFrame id='screen-data-requests' layout='reading'>
      <Text className='page-title'>家长申请更正或删除孩子的信息</Text>
      {said && <Text id='data-requests-said' className='staff__line'>{said}</Text>}
      {error && <Text className='form-error'>{error}</Text>}
      {!requests && !error && <Text className='staff__line'>正在加载…</Text>}
      {requests?.length === 0 && <Text id='data-requests-empty' className='page-lead'>没有要处理的申请。</Text>}
      {requests?.map((request) => (
        <Tappable key={request.id} id={`data-request-${request.id}`} className='card go-card' onClick={() => setOpen(request)}>
          <Text className='staff__line'>
            {request.kindLabel}：{childOf(request)}（{request.region.name}）
          </Text>
          <Text className='staff__line'>{formatMoment(request.createdAt)}提出 · 点这里处理</Text>
        </Tappable>
      ))}
    </DeskFrame>
  )
}
