import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { InvitationPreview } from '@ccs/shared/agreements/agreement-schemas'
import { errorMessageOf } from '../../../../api/api-error'
import SmsLoginForm from '../../../../pages/mine/sms-login-form'
import WechatLogin from '../../../../pages/mine/wechat-login'
import { useSession } from '../../../../session/use-session'
import { formatDate } from '../../../../lib/format-date'
import { acceptInvitation, previewInvitation } from '../../api/agreements-api'
import TextField from '../../components/text-field'
import DeclineInvitation from './decline-invitation'
import '../../../../pages/mine/index.scss'
import '../../agreements.scss'
import PageFrame from '../../../../components/page-frame'
import TextSizeSwitch from '../../../../components/text-size-switch'
import StepTitle from '../../../../components/step-title'

const isWeapp = process.env.TARO_ENV === 'weapp'
const invitePage = (token: string) => `/packages/agreements/pages/invite/index?token=${encodeURIComponent(token)}`

/** Who invites whom, for which children and until when: what the caregiver needs to know before anything else. */
function WhoInvites({ preview }: { preview: InvitationPreview }) {
  return (
    <View id='invite-who' className='card agreements__card'>
      <Text className='agreements__title'>
        孩子的{preview.parent.role}{preview.parent.name}，请{preview.caregiverName}照顾孩子
      </Text>
      <Text className='agreements__line'>孩子：{preview.children.join('、')}</Text>
      <Text className='agreements__line'>
        照顾的时间：{formatDate(preview.period.start)} 到 {formatDate(preview.period.end)}
      </Text>
      <Text className='agreements__line'>请先看协议，同意后在自己的手机上签字。照顾不了，也可以在这里告诉孩子的父母。</Text>
    </View>
  )
}

/** Opened from the SMS without a link: the caregiver types the code the SMS gave. */
function CodeEntry() {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>()
  function open() {
    const typed = code.replace(/[^A-Za-z0-9]/g, '')
    if (typed.length !== 10) return setError('邀请码是10个字母和数字，请对照短信再看一遍')
    void Taro.redirectTo({ url: invitePage(typed) })
  }
  return (
    <View id='invite-code-entry' className='card agreements__card'>
      <TextField id='invite-code' label='短信里的邀请码（10个字母和数字）' value={code} maxLength={14} onChange={(text) => { setCode(text); setError(undefined) }} error={error} />
      <Button id='invite-code-open' className='agreements__button' type='primary' size='xlarge' block onClick={open}>
        打开邀请
      </Button>
    </View>
  )
}

/**
 * The caregiver opens the parent's invitation (the link, the QR code or the SMS code): reads who invites her, for
 * which children and until when, with 大字模式 one tap away; signs in here if needed (SMS code, or WeChat in the
 * mini-program); then opens the agreement to read and sign it on her own phone, or says she cannot care.
 */
export default function InvitePage() {
  const session = useSession()
  const token = useRouter().params.token ?? ''
  const [preview, setPreview] = useState<InvitationPreview | null>(null)
  const [previewError, setPreviewError] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [declined, setDeclined] = useState(false)

  useEffect(() => {
    if (token) previewInvitation(token).then(setPreview).catch((e: unknown) => setPreviewError(errorMessageOf(e)))
  }, [token])

  async function accept() {
    setError(null)
    setBusy(true)
    try {
      const agreement = await acceptInvitation(token)
      void Taro.redirectTo({ url: `/packages/agreements/pages/agreement/index?id=${agreement.id}` })
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  if (declined) {
    return (
      <PageFrame id='screen-invite' className='agreements'>
        <View id='invite-declined' className='agreements__notice'>
          <StepTitle id='invite-declined-title'>已经告诉孩子的父母了</StepTitle>
          <Text className='agreements__line'>您不用再做什么，孩子的父母会另请一位照护人。谢谢您。</Text>
        </View>
      </PageFrame>
    )
  }

  return (
    <PageFrame id='screen-invite' className='agreements'>
      <Text className='page-title'>请您照顾孩子</Text>
      <TextSizeSwitch />
      {!token && <CodeEntry />}
      {previewError && <Text id='invite-error' className='form-error'>{previewError}</Text>}
      {preview && <WhoInvites preview={preview} />}
      {token && !previewError && session && (
        <>
          {error && <Text id='invite-accept-error' className='form-error'>{error}</Text>}
          <Button id='invite-accept' className='agreements__button' type='primary' size='xlarge' block disabled={busy} onClick={accept}>
            {busy ? '正在打开…' : '打开协议'}
          </Button>
          <DeclineInvitation token={token} onDeclined={() => setDeclined(true)} />
        </>
      )}
      {!session && (
        <View id='invite-sign-in' className='card agreements__card'>
          <Text className='agreements__title'>先用您的手机号登录</Text>
          {isWeapp && <WechatLogin />}
          <SmsLoginForm primary={!isWeapp} />
        </View>
      )}
    </PageFrame>
  )
}
