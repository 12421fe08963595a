import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Tappable from '../../../../components/tappable'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import { isStaffRole, roleNames } from '@ccs/shared/auth/roles'
import { signOut } from '../../../../api/auth-api'
import type { Region } from '../../../../api/regions-api'
import RegionPicker from '../../../../components/region-picker'
import { hasStaffRole } from '../../../../session/has-staff-role'
import { useSession } from '../../../../session/use-session'
import CaseQueue from '../../components/case-queue'
import CalendarWarning from '../../components/calendar-warning'
import FailedNotifications from '../../components/failed-notifications'
import OpenRegion from '../../components/open-region'
import '../staff.scss'
import DeskFrame from '../../components/desk-frame'

const staffLogin = '/packages/staff/pages/login/index'

function goHome() {
  void Taro.switchTab({ url: '/pages/index/index' })
}

/** 工作台: who the staff member is, their queue of cases, and a browser of the regions they serve. */
export default function StaffHomePage() {
  const account = useSession()?.account
  const isStaff = hasStaffRole(account)
  const [selected, setSelected] = useState<Region | null>(null)
  // Bumped when the administrator loads the county's villages, so the picker below reads the new lists.
  const [regionsLoaded, setRegionsLoaded] = useState(0)
  // Counts the times the page shows, so the queue reloads when a staff member comes back from a case.
  const [shown, setShown] = useState(0)
  const firstShow = useRef(true)
  useDidShow(() => {
    if (firstShow.current) firstShow.current = false
    else setShown((count) => count + 1)
  })

  // Signing out here also lands on the staff sign-in.
  useEffect(() => {
    if (!isStaff) void Taro.redirectTo({ url: staffLogin })
    else if (account?.passwordChangeRequired) void Taro.redirectTo({ url: '/packages/staff/pages/password/index' })
  }, [isStaff, account?.passwordChangeRequired])

  if (!account || !isStaff) {
    return (
      <DeskFrame>
        <Text className='page-lead'>请先用工作人员账号登录。</Text>
      </DeskFrame>
    )
  }

  const staffRoleNames = account.roles.filter(isStaffRole).map((role) => roleNames[role])

  return (
    <DeskFrame>
      <View id='staff-card' className='card'>
        <Text className='page-title'>{account.name ?? '工作人员'}</Text>
        <Text className='staff__line'>岗位：{staffRoleNames.join('、')}</Text>
        <Text className='staff__line'>负责地区：{account.regionName ?? '全国'}</Text>
      </View>
      {account.roles.some((role) => role === 'countyOfficer' || role === 'admin') && (
        <>
          <FailedNotifications />
          <CalendarWarning />
        </>
      )}
      <CaseQueue reloadKey={shown} />
      <Tappable id='staff-agreements-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/agreements/index' })}>
        委托照护协议：存档和覆盖情况
      </Tappable>
      <Tappable id='staff-data-requests-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/data-requests/index' })}>
        家长申请更正或删除孩子的信息
      </Tappable>
      {account.roles.some((role) => role === 'countyOfficer' || role === 'admin') && <Tappable id='staff-service-list-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/service-list/index' })}>服务清单：编辑和发布本地服务</Tappable>}
      {account.roles.some((role) => role === 'countyOfficer' || role === 'admin') && (
        <Tappable id='staff-places-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/places/index' })}>
          服务场所：儿童之家、医院、学校等的地址和电话
        </Tappable>
      )}
      {account.roles.some((role) => role === 'countyOfficer' || role === 'admin') && (
        <Tappable id='staff-calendar-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/calendar/index' })}>
          放假安排：办理期限用到的法定节假日
        </Tappable>
      )}
      {account.roles.some((role) => role === 'countyOfficer' || role === 'admin') && (
        <Tappable id='staff-figures-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/figures/index' })}>
          标准和金额：本地的补贴标准
        </Tappable>
      )}
      {account.roles.includes('countyOfficer') && (
        <Tappable id='staff-audit-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/audit/index' })}>
          操作记录：谁查看或修改了儿童的信息
        </Tappable>
      )}
      {account.roles.includes('admin') && account.regionScope?.length === 6 && <OpenRegion code={account.regionScope} onOpened={() => setRegionsLoaded((n) => n + 1)} />}
      {account.roles.includes('admin') && (
        <Tappable id='staff-accounts-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/accounts/index' })}>
          工作人员账号：添加、停用、重置密码和导入花名册
        </Tappable>
      )}
      <Tappable id='staff-password-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/password/index' })}>
        修改我的密码
      </Tappable>
      <Text className='section-title'>负责地区</Text>
      <RegionPicker key={regionsLoaded} startCode={account.regionScope} onChange={setSelected} />
      {selected && (
        <Text id='region-selected' className='staff__selected'>
          已选：{selected.name}（{selected.code}）
        </Text>
      )}
      <Button id='staff-logout' className='staff__submit' type='default' size='xlarge' block onClick={() => void signOut()}>
        退出登录
      </Button>
      <Tappable id='staff-back-home' className='text-link' onClick={goHome}>
        回到首页
      </Tappable>
    </DeskFrame>
  )
}
