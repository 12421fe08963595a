import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { STAFF_PASSWORD_HINT } from '@ccs/shared/staff/staff-password'
import { errorMessageOf } from '../../../../api/api-error'
import { useSession } from '../../../../session/use-session'
import { changeOwnPassword } from '../../api/staff-accounts-api'
import DeskFrame from '../../components/desk-frame'
import '../staff.scss'

/**
 * 修改密码: the first sign-in with a password an administrator handed over (or a reset) lands here and nothing
 * else works until it is replaced; later, reached from the workbench.
 */
export default function StaffPasswordPage() {
  const required = useSession()?.account.passwordChangeRequired === true
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [again, setAgain] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function save() {
    if (next !== again) return setError('两次输入的新密码不一样，请重新输入。')
    setError(null)
    setBusy(true)
    try {
      await changeOwnPassword(current, next)
      await Taro.showToast({ title: '密码已修改', icon: 'success' })
      void Taro.redirectTo({ url: '/packages/staff/pages/home/index' })
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <DeskFrame id='screen-staff-password' layout='reading'>
      <Text className='page-title'>{required ? '请先设置新密码' : '修改密码'}</Text>
      {required && (
        <Text id='password-required' className='page-lead'>
          您用的是管理员给的临时密码。为了账号安全，请换成只有您自己知道的密码，然后才能办理其他事情。
        </Text>
      )}
      <Text className='field-label'>{required ? '临时密码' : '原密码'}</Text>
      <Input id='password-current' className='field-input' type='password' value={current} onChange={setCurrent} />
      <Text className='field-label'>新密码（{STAFF_PASSWORD_HINT}）</Text>
      <Input id='password-new' className='field-input' type='password' value={next} onChange={setNext} />
      <Text className='field-label'>再输入一次新密码</Text>
      <Input id='password-again' className='field-input' type='password' value={again} onChange={setAgain} />
      {error && <Text id='password-error' className='form-error'>{error}</Text>}
      <Button id='password-save' className='staff__submit' type='primary' size='xlarge' block disabled={busy || !current || !next} onClick={() => void save()}>
        {busy ? '正在保存…' : '保存新密码'}
      </Button>
    </DeskFrame>
  )
}
