import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { errorMessageOf } from '../../api/api-error'
import { SIGN_IN_TERMS_VERSION } from '@ccs/shared/consent/sign-in-terms'
import { sendSmsCode, signInWithSms } from '../../api/auth-api'
import { useCountdown } from '../../hooks/use-countdown'
import { useLocalDraft } from '../../lib/local-draft'
import SignInTerms, { termsNotAgreed, type TermsTick } from './sign-in-terms'

// Same rules as the server's phoneSchema / smsLoginSchema (shared/src/auth/auth-schemas.ts).
const phonePattern = /^1[3-9]\d{9}$/
const codePattern = /^\d{6}$/

/**
 * Phone number + SMS code sign-in; the server's Chinese message is shown as is on failure. No pop-ups: the sent
 * code is confirmed by the line under the form, a sign-in by the account card that replaces the form.
 */
export default function SmsLoginForm({ primary, terms }: { primary: boolean; terms?: TermsTick }) {
  // Only the phone number is kept on the phone until sign-in, never the code.
  const kept = useLocalDraft('sign-in', () => ({ phone: '' }))
  const phone = kept.value.phone
  const setPhone = (text: string) => kept.set({ phone: text })
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [sent, setSent] = useState<{ phone: string; minutes: number } | null>(null)
  const [busy, setBusy] = useState(false)
  const [secondsLeft, startCountdown] = useCountdown()
  // A page with another way to sign in (WeChat) holds the one tick for both; otherwise the form has its own.
  const [ownAgreed, setOwnAgreed] = useState(false)
  const tick: TermsTick = terms ?? { agreed: ownAgreed, onChange: setOwnAgreed }
  // The reminder to tick goes as soon as the box is ticked.
  useEffect(() => {
    if (tick.agreed) setError((current) => (current === termsNotAgreed ? null : current))
  }, [tick.agreed])

  async function getCode() {
    if (!phonePattern.test(phone.trim())) return setError('请输入11位手机号。')
    setError(null)
    setBusy(true)
    try {
      const result = await sendSmsCode(phone.trim())
      startCountdown(result.resendAfterSeconds || 60)
      setSent({ phone: phone.trim(), minutes: Math.max(1, Math.round(result.expiresInSeconds / 60)) })
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  async function signIn() {
    if (!phonePattern.test(phone.trim())) return setError('请输入11位手机号。')
    if (!codePattern.test(code.trim())) return setError('验证码是6位数字，请看短信后输入。')
    if (!tick.agreed) return setError(termsNotAgreed)
    setError(null)
    setBusy(true)
    try {
      await signInWithSms(phone.trim(), code.trim(), SIGN_IN_TERMS_VERSION)
      kept.clear()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='mine__form'>
      <Text className='field-label'>手机号</Text>
      <Input
        id='phone-input'
        className='field-input'
        type='number'
        maxLength={11}
        placeholder='请输入11位手机号'
        value={phone}
        onChange={setPhone}
      />
      <Text className='field-label'>短信验证码</Text>
      <View className='mine__code-row'>
        <Input
          id='code-input'
          className='field-input'
          type='number'
          maxLength={6}
          placeholder='6位数字'
          value={code}
          onChange={setCode}
        />
        <Button id='get-code' type='primary' fill='outline' size='large' disabled={busy || secondsLeft > 0} onClick={getCode}>
          {secondsLeft > 0 ? `${secondsLeft}秒后重发` : '获取验证码'}
        </Button>
      </View>
      {sent && (
        <Text className='mine__hint'>
          验证码已发到 {sent.phone.slice(0, 3)}****{sent.phone.slice(7)}，{sent.minutes}分钟内有效。
        </Text>
      )}
      {!terms && <SignInTerms {...tick} />}
      {error && <Text id='sms-error' className='form-error'>{error}</Text>}
      <Button
        id='sms-login'
        className='mine__submit'
        type='primary'
        fill={primary ? 'solid' : 'outline'}
        size='xlarge'
        block
        disabled={busy}
        onClick={signIn}
      >
        {primary ? '登录' : '用手机号登录'}
      </Button>
    </View>
  )
}
