import { useState } from 'react'
import { Button, Text, View, type ButtonProps, type CommonEventFunction } from '@tarojs/components'
import { errorMessages } from '@ccs/shared/errors/error-codes'
import { ApiError, errorMessageOf } from '../../api/api-error'
import { linkWechatPhone } from '../../api/auth-api'

/**
 * Mini-program only: a person signed in by WeChat links the phone number WeChat holds for them, so signing in on the
 * portal by SMS opens this same account (the server merges a phone account that already exists). Declining WeChat's
 * sheet changes nothing.
 */
export default function LinkPhone() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const onGetPhoneNumber: CommonEventFunction<ButtonProps.onGetPhoneNumberEventDetail> = async (event) => {
    const { code } = event.detail
    if (!code) return
    setBusy(true)
    setError(null)
    try {
      await linkWechatPhone(code)
    } catch (e) {
      setError(e instanceof ApiError ? errorMessageOf(e) : errorMessages.WECHAT_UNAVAILABLE)
    } finally {
      setBusy(false)
    }
  }

  return (
    <View id='link-phone' className='card'>
      <Text className='mine__line'>关联手机号以后，在网页上用这个手机号登录，看到的是同一个账号：孩子、申请和协议都在一起。</Text>
      <Button id='link-phone-button' className='mine__link-phone' openType='getPhoneNumber' disabled={busy} onGetPhoneNumber={onGetPhoneNumber}>
        用手机号关联账号
      </Button>
      {error && <Text className='form-error'>{error}</Text>}
    </View>
  )
}
