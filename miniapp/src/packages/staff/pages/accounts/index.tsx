import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { roleNames, staffRoles } from '@ccs/shared/auth/roles'
import { useSession } from '../../../../session/use-session'
import DeskFrame from '../../components/desk-frame'
import FilterChips from '../../components/filter-chips'
import RosterImportReport from '../../components/roster-import-report'
import StaffAccountForm from '../../components/staff-account-form'
import StaffAccountRow from '../../components/staff-account-row'
import { useStaffAccounts } from '../../lib/use-staff-accounts'
import '../staff.scss'

/**
 * 工作人员账号 (issue 20 §1): the administrator adds, edits, disables, re-enables and resets the staff of their
 * region one by one, or imports a roster spreadsheet and reads what became of each row.
 */
export default function StaffAccountsPage() {
  const me = useSession()?.account
  const page = useStaffAccounts()
  const { filter, setFilter, editing, issued } = page

  return (
    <DeskFrame id='screen-staff-accounts'>
      <Text className='page-title'>工作人员账号</Text>
      <Text className='page-lead muted'>{me?.regionName ?? ''}的儿童主任、儿童督导员和县民政局工作人员的登录账号。</Text>

      {issued && (
        <View id='issued-password' className='card staff__card'>
          <Text className='staff__verdict staff__ok'>{issued.account.name} 的临时密码：{issued.initialPassword}</Text>
          <Text className='staff__line'>用户名 {issued.account.username}。密码只显示这一次，请当面或电话告诉本人；第一次登录时要换成自己的密码。</Text>
          <Button id='issued-done' className='staff__submit' type='default' size='large' block onClick={() => page.setIssued(null)}>
            已告诉本人
          </Button>
        </View>
      )}
      {page.notice && <Text id='accounts-notice' className='staff__line staff__ok'>{page.notice}</Text>}
      {page.error && <Text id='accounts-error' className='form-error'>{page.error}</Text>}

      <View className='desk-columns'>
        <View className='desk-columns__side'>
          {editing ? (
            <StaffAccountForm
              key={editing === 'new' ? 'new' : editing.username}
              editing={editing === 'new' ? undefined : editing}
              scope={me?.regionScope ?? null}
              busy={page.busy}
              onSave={(fields) => void page.save(fields)}
              onCancel={() => page.setEditing(null)}
            />
          ) : (
            <Button id='account-add' className='staff__submit' type='primary' size='large' block onClick={() => page.setEditing('new')}>
              添加一位工作人员
            </Button>
          )}

          <View id='roster-import' className='card staff__card staff__spaced'>
            <Text className='staff__title'>用花名册批量导入</Text>
            <Text className='staff__line muted'>下载模板，在电脑上用表格软件填好（每人一行），保存后再上传。只要有一行不对，就一个也不导入，并告诉您哪一行哪一列要改。</Text>
            <Button id='roster-template' className='staff__submit' type='default' size='large' block disabled={page.busy} onClick={() => void page.downloadTemplate()}>
              下载花名册模板
            </Button>
            <Button id='roster-upload' className='staff__submit' type='primary' size='large' block disabled={page.busy} onClick={() => void page.importRoster()}>
              {page.busy ? '正在处理…' : '上传填好的花名册'}
            </Button>
          </View>
          {page.report && <RosterImportReport report={page.report} />}
        </View>
        <View className='desk-columns__main'>
          <Text className='section-title'>本地区的工作人员</Text>
          <Text className='field-label'>按姓名、用户名或手机号查找</Text>
          <Input id='accounts-search' className='field-input' maxLength={32} value={filter.q ?? ''} onChange={(q) => setFilter({ ...filter, q: q.trim() || undefined })} />
          <FilterChips
            idPrefix='accounts-role'
            title='岗位'
            chips={[{ value: 'all', label: '全部' }, ...staffRoles.map((value) => ({ value, label: roleNames[value] }))]}
            selected={filter.role ?? 'all'}
            onSelect={(role) => setFilter({ ...filter, role: role === 'all' ? undefined : role })}
          />
          <FilterChips
            idPrefix='accounts-status'
            title='状态'
            chips={[{ value: 'all', label: '全部' }, { value: 'active', label: '在用' }, { value: 'disabled', label: '已停用' }]}
            selected={filter.status ?? 'all'}
            onSelect={(status) => setFilter({ ...filter, status: status === 'all' ? undefined : status })}
          />
          {page.accounts?.length === 0 && <Text className='staff__line muted'>没有符合条件的工作人员。</Text>}
          <View id='accounts-list'>
            {page.accounts?.map((account) => (
              <StaffAccountRow
                key={account.username}
                account={account}
                onEdit={() => page.setEditing(account)}
                onToggle={() => void page.toggle(account)}
                onReset={() => void page.reset(account)}
              />
            ))}
          </View>
        </View>
      </View>
    </DeskFrame>
  )
}
