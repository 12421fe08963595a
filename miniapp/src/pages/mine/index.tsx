import { useEffect, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text } from '@tarojs/components'
import Tappable from '../../components/tappable'
import { refreshAccount } from '../../api/auth-api'
import { takeReturnPage } from '../../session/return-after-sign-in'
import { sessionStore } from '../../session/session-store'
import { useSession } from '../../session/use-session'
import AccountView from './account-view'
import SmsLoginForm from './sms-login-form'
import WechatLogin from './wechat-login'
import SignInTerms from './sign-in-terms'
import './index.scss'
import PageFrame from '../../components/page-frame'
import TextSizeSwitch from '../../components/text-size-switch'

const isWeapp = process.env.TARO_ENV === 'weapp'

function openStaffLogin() {
  void Taro.navigateTo({ url: '/packages/staff/pages/login/index' })
}

/** 我的: sign-in when signed out, the account and children when signed in. */
export default function MinePage() {
  const session = useSession()
  // One tick for both ways of signing in (the mini-program's WeChat button and the SMS form).
  const [agreed, setAgreed] = useState(false)
  const terms = { agreed, onChange: setAgreed }

  useDidShow(() => {
    // Roles or region may have changed since sign-in; a failure keeps what is stored.
    if (sessionStore.get()) refreshAccount().catch(() => undefined)
  })

  useEffect(() => {
    // Someone sent here by a page that needs sign-in goes back to it once signed in.
    const back = session ? takeReturnPage() : null
    if (back) void Taro.navigateTo({ url: back })
  }, [session !== null])

  if (session) return <AccountView account={session.account} />

  return (
    <PageFrame className='mine'>
      <Text className='page-title'>登录</Text>
      <Text className='page-lead muted'>登录后可以为孩子办理申请、查看办理进度。</Text>
      <TextSizeSwitch />
      {/* In the mini-program one tick above both ways of signing in; on H5 the form has it just above 登录. */}
      {isWeapp && <SignInTerms {...terms} />}
      {isWeapp && <WechatLogin terms={terms} />}
      <SmsLoginForm primary={!isWeapp} terms={isWeapp ? terms : undefined} />
      <Tappable id='staff-login-link' className='text-link' onClick={openStaffLogin}>
        工作人员登录
      </Tappable>
    </PageFrame>
  )
}
