import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import { roleNames, staffRoles, type StaffRole } from '@ccs/shared/auth/roles'
import type { StaffAccount } from '@ccs/shared/staff/staff-account-schemas'
import { postLevelName } from '@ccs/shared/staff/staff-posts'
import type { Region } from '../../../api/regions-api'
import RegionPicker from '../../../components/region-picker'
import FilterChips from './filter-chips'

export interface StaffAccountFields {
  username: string
  name: string
  phone: string
  role: StaffRole
  regionCode: string
}

interface Props {
  /** The account edited; absent when adding one. */
  editing?: StaffAccount
  /** The administrator's region, where the region picker starts. */
  scope: string | null
  busy: boolean
  onSave(fields: StaffAccountFields): void
  onCancel(): void
}

/** Adding or editing one staff member: who, their work phone, their post (a role and the place it serves). */
export default function StaffAccountForm({ editing, scope, busy, onSave, onCancel }: Props) {
  const [username, setUsername] = useState(editing?.username ?? '')
  const [name, setName] = useState(editing?.name ?? '')
  const [phone, setPhone] = useState(editing?.phone ?? '')
  const [role, setRole] = useState<StaffRole>(editing?.role ?? 'childDirector')
  const [region, setRegion] = useState<Pick<Region, 'code' | 'name'> | null>(editing ? { code: editing.regionCode, name: editing.regionName ?? editing.regionCode } : null)

  return (
    <View id='account-form' className='card staff__card'>
      <Text className='staff__title'>{editing ? `修改 ${editing.name ?? editing.username}` : '添加工作人员'}</Text>
      {!editing && (
        <>
          <Text className='field-label'>用户名（登录用，3到32位字母或数字）</Text>
          <Input id='account-username' className='field-input' maxLength={32} value={username} onChange={setUsername} />
        </>
      )}
      <Text className='field-label'>姓名</Text>
      <Input id='account-name' className='field-input' maxLength={32} value={name} onChange={setName} />
      <Text className='field-label'>手机号</Text>
      <Input id='account-phone' className='field-input' type='digit' maxLength={11} value={phone} onChange={setPhone} />
      <FilterChips
        idPrefix='account-role'
        title='岗位'
        chips={staffRoles.map((value) => ({ value, label: roleNames[value] }))}
        selected={role}
        onSelect={(value) => value !== 'all' && setRole(value)}
      />
      <Text className='field-label'>岗位所在地（{roleNames[role]}设在{postLevelName(role)}）</Text>
      <RegionPicker startCode={scope} onChange={(picked) => setRegion(picked)} />
      <Text id='account-region' className='staff__selected'>已选：{region ? `${region.name}（${region.code}）` : '还没有选'}</Text>
      <Button
        id='account-save'
        className='staff__submit'
        type='primary'
        size='large'
        block
        disabled={busy || !region}
        onClick={() => region && onSave({ username: username.trim(), name: name.trim(), phone: phone.trim(), role, regionCode: region.code })}
      >
        {busy ? '正在保存…' : '保存'}
      </Button>
      <Button id='account-cancel' className='staff__submit' type='default' size='large' block onClick={onCancel}>
        取消
      </Button>
    </View>
  )
}
