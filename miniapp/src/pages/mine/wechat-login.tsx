import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { errorMessages } from '@ccs/shared/errors/error-codes'
import { ApiError, errorMessageOf } from '../../api/api-error'
import { signInWithWechat } from '../../api/auth-api'

/** Mini-program only: WeChat one-tap sign-in (Taro.login code exchanged by the server). */
export default function WechatLogin() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function signIn() {
    setBusy(true)
    setError(null)
    try {
      const { code } = await Taro.login()
      await signInWithWechat(code)
    } catch (e) {
      setError(e instanceof ApiError ? errorMessageOf(e) : errorMessages.WECHAT_LOGIN_FAILED)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='mine__wechat'>
      <Button id='wechat-login' type='primary' size='xlarge' block disabled={busy} onClick={signIn}>
        微信一键登录
      </Button>
      {error && <Text className='form-error'>{error}</Text>}
      <Text className='mine__or'>或者用手机号和短信验证码登录</Text>
    </View>
  )
}
