import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { errorMessageOf } from '../../../../api/api-error'
import { signInAsStaff } from '../../../../api/auth-api'
import '../staff.scss'
import DeskFrame from '../../components/desk-frame'

function goHome() {
  void Taro.switchTab({ url: '/pages/index/index' })
}

/** Sign-in for child directors, supervisors and county officers with the account their county gave them. */
export default function StaffLoginPage() {
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function signIn() {
    if (!username.trim()) return setError('请输入用户名。')
    if (!password) return setError('请输入密码。')
    setError(null)
    setBusy(true)
    try {
      const session = await signInAsStaff(username.trim(), password)
      // A password an administrator handed over is replaced before anything else (the server allows nothing else).
      void Taro.redirectTo({ url: `/packages/staff/pages/${session.account.passwordChangeRequired ? 'password' : 'home'}/index` })
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <DeskFrame layout='reading'>
      <Text className='page-title'>工作人员登录</Text>
      <Text className='page-lead muted'>儿童主任、儿童督导员和县民政局工作人员，请用单位分配的账号登录。</Text>
      <Text className='field-label'>用户名</Text>
      <Input id='staff-username' className='field-input' placeholder='请输入用户名' value={username} onChange={setUsername} />
      <Text className='field-label'>密码</Text>
      <Input
        id='staff-password'
        className='field-input'
        type='password'
        placeholder='请输入密码'
        value={password}
        onChange={setPassword}
      />
      {error && <Text id='staff-login-error' className='form-error'>{error}</Text>}
      <Button id='staff-login' className='staff__submit' type='primary' size='xlarge' block disabled={busy} onClick={signIn}>
        登录
      </Button>
      <Tappable id='staff-back-home' className='text-link' onClick={goHome}>
        回到首页
      </Tappable>
    </DeskFrame>
  )
}
