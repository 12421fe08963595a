import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { errorMessageOf } from '../../../api/api-error'
import { useLoadedOnShow } from '../../../hooks/use-load-on-show'
import { formatDate, formatMoment } from '../../../lib/format-date'
import { fetchStaffAgreements } from '../api/staff-agreements-api'
import { markCaregiverUnable } from '../api/staff-agreement-lifecycle-api'
import '../../agreements/components/agreement-lifecycle.scss'

const fetchFiled = () => fetchStaffAgreements('filed')

/** One archived agreement; the director can record from a visit that the caregiver cannot care any more. */
function InForce({ agreement: initial }: { agreement: Agreement }) {
  const [agreement, setAgreement] = useState(initial)
  const [open, setOpen] = useState(false)
  const [notes, setNotes] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const id = agreement.id

  async function submit() {
    if (notes.trim().length < 2) return setError('请写下走访看到的情况')
    setBusy(true)
    setError(null)
    try {
      setAgreement(await markCaregiverUnable(id, notes.trim()))
      setOpen(false)
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View id={`in-force-${id}`} className='card staff__card'>
      <Text className='staff__title'>{agreement.children.map((child) => child.name).join('、')}</Text>
      <Text className='staff__line'>照护人：{agreement.caregiver.name}（{agreement.caregiver.relation}），电话 {agreement.caregiver.phone}</Text>
      <Text className='staff__line'>托付时间：{formatDate(agreement.period.start)} 到 {formatDate(agreement.period.end)}</Text>
      {agreement.caregiverUnable ? (
        <Text id={`caregiver-unable-${id}`} className='staff__line staff__warn'>
          {formatMoment(agreement.caregiverUnable.at)} 记录照护人无法照护：{agreement.caregiverUnable.notes}。已通知家长另选照护人。
        </Text>
      ) : open ? (
        <>
          <Text className='field-label'>走访看到的情况（会告诉家长）</Text>
          <TextArea
            id={`caregiver-unable-notes-${id}`}
            className='staff__textarea'
            placeholder='例如：11月23日走访，奶奶摔伤住院，孩子暂住邻居家'
            value={notes}
            maxLength={500}
            rows={3}
            onChange={setNotes}
          />
          {error && <Text id={`caregiver-unable-error-${id}`} className='form-error'>{error}</Text>}
          <Button id={`caregiver-unable-submit-${id}`} className='staff__submit' type='primary' size='large' block disabled={busy} onClick={submit}>
            {busy ? '正在提交…' : '提交，通知家长另选照护人'}
          </Button>
          <Tappable className='text-link' onClick={() => setOpen(false)}>取消</Tappable>
        </>
      ) : (
        <Tappable id={`caregiver-unable-${id}-open`} className='text-link' onClick={() => setOpen(true)}>
          照护人无法照护
        </Tappable>
      )}
    </View>
  )
}

/**
 * 已存档的协议: the village's agreements in force, each with 照护人无法照护 (issue 4 §6). `filedCount` is how many
 * the director has just archived on this page: each one reloads the list, so it shows at once.
 */
export default function AgreementsInForce({ filedCount }: { filedCount: number }) {
  const filed = useLoadedOnShow(fetchFiled)
  useEffect(() => {
    if (filedCount > 0) void fetchFiled().then(filed.setData).catch(() => undefined)
  }, [filedCount])
  return (
    <View id='agreements-in-force'>
      <Text className='section-title'>已存档的协议</Text>
      {filed.error && <Text id='in-force-error' className='form-error'>{filed.error}</Text>}
      {filed.data?.length === 0 && <Text className='staff__empty'>还没有存档的协议。</Text>}
      {filed.data?.map((agreement) => <InForce key={agreement.id} agreement={agreement} />)}
    </View>
  )
}
