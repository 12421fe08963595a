import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { errorMessageOf } from '../../../../api/api-error'
import SmsLoginForm from '../../../../pages/mine/sms-login-form'
import WechatLogin from '../../../../pages/mine/wechat-login'
import { useSession } from '../../../../session/use-session'
import { acceptInvitation } from '../../api/agreements-api'
import '../../../../pages/mine/index.scss'
import '../../agreements.scss'
import PageFrame from '../../../../components/page-frame'

const isWeapp = process.env.TARO_ENV === 'weapp'

/**
 * The caregiver opens the parent's invitation: signs in here if needed (SMS code, or WeChat in the
 * mini-program), accepts, and goes on to read and sign the agreement on their own phone.
 */
export default function InvitePage() {
  const session = useSession()
  const token = useRouter().params.token ?? ''
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

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

  return (
    <PageFrame id='screen-invite' className='agreements'>
      <Text className='page-title'>请您照顾孩子</Text>
      <Text className='page-lead'>
        孩子的父母要外出打工，想请您照顾孩子，并和您签一份委托照护协议。请先看协议，同意后在自己的手机上签字。
      </Text>
      {session ? (
        <>
          {error && <Text id='invite-accept-error' className='form-error'>{error}</Text>}
          <Button id='invite-accept' className='agreements__button' type='primary' size='xlarge' block disabled={busy} onClick={accept}>
            {busy ? '正在打开…' : '打开协议'}
          </Button>
        </>
      ) : (
        <View id='invite-sign-in' className='card agreements__card'>
          <Text className='agreements__title'>先用您的手机号登录</Text>
          {isWeapp && <WechatLogin />}
          <SmsLoginForm primary={!isWeapp} />
        </View>
      )}
    </PageFrame>
  )
}
