import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import type { Account } from '@ccs/shared/auth/auth-schemas'
import { roleNames } from '@ccs/shared/auth/roles'
import { signOut } from '../../api/auth-api'
import { hasStaffRole } from '../../session/has-staff-role'
import MyChildren from './my-children'
import LinkPhone from './link-phone'
import PageFrame from '../../components/page-frame'
import TextSizeSwitch from '../../components/text-size-switch'

const isWeapp = process.env.TARO_ENV === 'weapp'

function openStaffLogin() {
  void Taro.navigateTo({ url: '/packages/staff/pages/login/index' })
}

/** The child privacy notice, the consent with its date, withdrawing it, and asking to correct or delete. */
function openPrivacy() {
  void Taro.navigateTo({ url: '/packages/family/pages/privacy/index' })
}

function openStaffHome() {
  void Taro.navigateTo({ url: '/packages/staff/pages/home/index' })
}

/** The signed-in person: who they are, their children, and sign-out. */
export default function AccountView({ account }: { account: Account }) {
  const isStaff = hasStaffRole(account)

  return (
    <PageFrame className='mine'>
      <View id='account-card' className='card'>
        <Text className='mine__name'>{account.name ?? '您好'}</Text>
        {account.phoneMasked && <Text className='mine__line'>手机号：{account.phoneMasked}</Text>}
        <Text className='mine__line'>身份：{account.roles.map((role) => roleNames[role]).join('、')}</Text>
      </View>
      {isStaff && (
        <Button id='staff-home' className='mine__submit' type='primary' size='xlarge' block onClick={openStaffHome}>
          进入工作台
        </Button>
      )}
      {/* The portal signs in by phone already; in the mini-program a WeChat account without one is offered it. */}
      {isWeapp && !isStaff && !account.phoneMasked && <LinkPhone />}
      {/* Keyed by account: after a link merges this account into the phone one, that account's children load. */}
      {account.roles.includes('family') && <MyChildren key={account.id} />}
      {account.roles.includes('family') && (
        <Tappable id='mine-privacy' className='text-link' onClick={openPrivacy}>
          隐私与个人信息
        </Tappable>
      )}
      <TextSizeSwitch />
      <Button id='logout' className='mine__submit' type='default' size='xlarge' block onClick={() => void signOut()}>
        退出登录
      </Button>
      {!isStaff && (
        <Tappable id='staff-login-link' className='text-link' onClick={openStaffLogin}>
          工作人员登录
        </Tappable>
      )}
    </PageFrame>
  )
}
