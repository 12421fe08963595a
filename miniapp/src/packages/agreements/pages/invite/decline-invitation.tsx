import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { declineReasonLabels, type DeclineReason } from '@ccs/shared/agreements/agreement-status'
import { errorMessageOf } from '../../../../api/api-error'
import Tappable from '../../../../components/tappable'
import { acceptInvitation, declineAgreement } from '../../api/agreements-api'

/**
 * 我照顾不了: the caregiver says no, choosing a reason if she likes (none is needed), and the parent is told. The
 * answer is the invited person's: the invitation is taken first, so the parent's agreement knows who said no.
 */
export default function DeclineInvitation({ token, onDeclined }: { token: string; onDeclined(): void }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState<DeclineReason | undefined>()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function decline() {
    setError(null)
    setBusy(true)
    try {
      const agreement = await acceptInvitation(token)
      await declineAgreement(agreement.id, reason)
      onDeclined()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  if (!open) {
    return (
      <Tappable id='invite-decline-start' className='text-link' onClick={() => setOpen(true)}>
        我照顾不了孩子
      </Tappable>
    )
  }
  return (
    <View id='invite-decline-form' className='card agreements__card'>
      <Text className='agreements__title'>告诉孩子的父母：您照顾不了</Text>
      <Text className='agreements__line'>为什么照顾不了？可以选一个，不选也可以。</Text>
      <View role='radiogroup'>
        {(Object.keys(declineReasonLabels) as DeclineReason[]).map((each) => (
          <Tappable
            key={each}
            id={`decline-reason-${each}`}
            className={`choice ${reason === each ? 'choice--selected' : ''}`}
            role='radio'
            aria-checked={reason === each}
            onClick={() => setReason(reason === each ? undefined : each)}
          >
            <View className='choice__mark' />
            <Text>{declineReasonLabels[each]}</Text>
          </Tappable>
        ))}
      </View>
      {error && <Text id='invite-decline-error' className='form-error'>{error}</Text>}
      <Button id='invite-decline' className='agreements__button' type='primary' size='xlarge' block disabled={busy} onClick={decline}>
        {busy ? '正在告诉父母…' : '告诉孩子的父母'}
      </Button>
      <Tappable id='invite-decline-cancel' className='text-link' onClick={() => setOpen(false)}>
        我再想想
      </Tappable>
    </View>
  )
}
