import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../components/tappable'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/style.css'
import type { Agreement } from '@ccs/shared/agreements/agreement-schemas'
import { errorMessageOf } from '../../../api/api-error'
import { terminateAgreement } from '../api/agreement-lifecycle-api'
import './agreement-lifecycle.scss'

/**
 * 提前结束协议 for the parent (a parent came home): a reason, then a confirm step on the page itself (no pop-up,
 * so an older phone's WebView and a shaky hand cannot end it by one stray tap).
 */
export default function EndAgreement({ agreement, onEnded }: { agreement: Agreement; onEnded(ended: Agreement): void }) {
  const [step, setStep] = useState<'closed' | 'reason' | 'confirm'>('closed')
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (step === 'closed') {
    return (
      <Tappable id='end-agreement' className='text-link' onClick={() => setStep('reason')}>
        提前结束协议（例如爸爸妈妈回家了）
      </Tappable>
    )
  }

  async function end() {
    setBusy(true)
    setError(null)
    try {
      onEnded(await terminateAgreement(agreement.id, reason.trim()))
    } catch (e) {
      setError(errorMessageOf(e))
      setStep('reason')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View id='end-agreement-form' className='card agreements__card'>
      <Text className='agreements__title'>提前结束协议</Text>
      {step === 'reason' ? (
        <>
          <Text className='field-label'>为什么提前结束？</Text>
          <TextArea
            id='end-agreement-reason'
            className='agreements__textarea'
            placeholder='例如：妈妈回家了，自己照顾孩子'
            value={reason}
            maxLength={200}
            rows={3}
            onChange={setReason}
          />
          {error && <Text id='end-agreement-error' className='form-error'>{error}</Text>}
          <Button
            id='end-agreement-next'
            className='agreements__button'
            type='primary'
            size='large'
            block
            onClick={() => (reason.trim().length < 2 ? setError('请写一句为什么提前结束') : (setError(null), setStep('confirm')))}
          >
            下一步
          </Button>
        </>
      ) : (
        <>
          <Text id='end-agreement-confirm-text' className='agreements__line'>
            确定从今天起结束这份协议吗？结束后{agreement.caregiver.name}不再是孩子的受委托照护人，村儿童主任会收到通知。原因：{reason.trim()}
          </Text>
          <Button id='end-agreement-confirm' className='agreements__button' type='danger' size='large' block disabled={busy} onClick={end}>
            {busy ? '正在结束…' : '确定结束'}
          </Button>
        </>
      )}
      <Tappable id='end-agreement-cancel' className='text-link' onClick={() => { setStep('closed'); setError(null) }}>
        不结束了
      </Tappable>
    </View>
  )
}
