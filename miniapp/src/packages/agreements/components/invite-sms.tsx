import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { Invitation } from '@ccs/shared/agreements/agreement-schemas'
import { errorMessageOf } from '../../../api/api-error'
import Tappable from '../../../components/tappable'
import { formatMoment } from '../../../lib/format-date'

/**
 * The SMS part of the invitation: where it went (the number masked, as the parent can check it), or that it did not
 * go, and 再发一次短信 for a caregiver who lost it; a refusal (too soon, too many) is said in the server's words.
 */
export default function InviteSms({ sms, onResend }: { sms: Invitation['sms']; onResend(): Promise<void> }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  async function resend() {
    setError(null)
    setBusy(true)
    try {
      await onResend()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <View id='invite-sms'>
      {sms ? (
        <>
          <Text id='invite-sms-sent' className='agreements__line agreements__ok'>
            邀请短信已发到照护人的手机 {sms.maskedPhone}（{formatMoment(sms.sentAt)}）。
          </Text>
          <Text className='agreements__line'>短信里有邀请码。照护人打开“儿童关爱服务”，点“委托照护协议”，输入邀请码，就能看协议、签字。</Text>
        </>
      ) : (
        <Text id='invite-sms-not-sent' className='form-error'>邀请短信这次没有发出去。可以过一会儿再发，也可以让照护人扫下面的二维码。</Text>
      )}
      {(!sms || sms.resendAt) && (
        <Tappable id='invite-sms-resend' className='text-link' onClick={busy ? undefined : resend}>
          {busy ? '正在发送…' : sms ? '照护人没收到？再发一次短信' : '再发一次短信'}
        </Tappable>
      )}
      {error && <Text id='invite-sms-error' className='form-error'>{error}</Text>}
    </View>
  )
}
