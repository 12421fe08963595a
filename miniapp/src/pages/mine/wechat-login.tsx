import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { errorMessages } from '@ccs/shared/errors/error-codes'
import { ApiError, errorMessageOf } from '../../api/api-error'
import { SIGN_IN_TERMS_VERSION } from '@ccs/shared/consent/sign-in-terms'
import { signInWithWechat } from '../../api/auth-api'
import SignInTerms, { termsNotAgreed, type TermsTick } from './sign-in-terms'

/** Mini-program only: WeChat one-tap sign-in (Taro.login code exchanged by the server). */
export default function WechatLogin({ terms }: { terms?: TermsTick }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // A page that offers the SMS form too holds the one tick for both; otherwise this button has its own.
  const [ownAgreed, setOwnAgreed] = useState(false)
  const tick: TermsTick = terms ?? { agreed: ownAgreed, onChange: setOwnAgreed }
  useEffect(() => {
    if (tick.agreed) setError((current) => (current === termsNotAgreed ? null : current))
  }, [tick.agreed])

  async function signIn() {
    if (!tick.agreed) return setError(termsNotAgreed)
    setBusy(true)
    setError(null)
    try {
      const { code } = await Taro.login()
      await signInWithWechat(code, SIGN_IN_TERMS_VERSION)
    } catch (e) {
      setError(e instanceof ApiError ? errorMessageOf(e) : errorMessages.WECHAT_LOGIN_FAILED)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='mine__wechat'>
      {!terms && <SignInTerms {...tick} />}
      <Button id='wechat-login' type='primary' size='xlarge' block disabled={busy} onClick={signIn}>
        微信一键登录
      </Button>
      {error && <Text className='form-error'>{error}</Text>}
      <Text className='mine__or'>或者用手机号和短信验证码登录</Text>
    </View>
  )
}
