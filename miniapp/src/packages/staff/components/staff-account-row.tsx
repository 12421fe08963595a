import { Text, View } from '@tarojs/components'
import { roleNames } from '@ccs/shared/auth/roles'
import type { StaffAccount } from '@ccs/shared/staff/staff-account-schemas'
import Tappable from '../../../components/tappable'

interface Props {
  account: StaffAccount
  onEdit(): void
  onToggle(): void
  onReset(): void
}

/** One staff member in the administrator's list, with what can be done to the account. */
export default function StaffAccountRow({ account, onEdit, onToggle, onReset }: Props) {
  const disabled = account.status === 'disabled'
  return (
    <View id={`account-${account.username}`} className='card staff__card'>
      <Text className='staff__subtitle'>
        {account.name ?? '（没有姓名）'}
        {disabled ? '（已停用）' : ''}
      </Text>
      <Text className='staff__line'>
        {roleNames[account.role]} · {account.regionName ?? account.regionCode}
      </Text>
      <Text className='staff__line muted'>
        用户名 {account.username}
        {account.phone ? ` · 手机 ${account.phone}` : ''}
        {account.passwordChangeRequired ? ' · 还没有设置自己的密码' : ''}
      </Text>
      <View className='staff__actions'>
        <Tappable id={`account-edit-${account.username}`} className='text-link' onClick={onEdit}>修改</Tappable>
        <Tappable id={`account-toggle-${account.username}`} className='text-link' onClick={onToggle}>{disabled ? '重新启用' : '停用'}</Tappable>
        <Tappable id={`account-reset-${account.username}`} className='text-link' onClick={onReset}>重置密码</Tappable>
      </View>
    </View>
  )
}
