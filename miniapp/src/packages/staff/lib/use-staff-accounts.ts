import { useEffect, useState } from 'react'
import type { IssuedPassword, StaffAccount } from '@ccs/shared/staff/staff-account-schemas'
import type { StaffImportReport } from '@ccs/shared/staff/staff-import-schemas'
import { errorMessageOf } from '../../../api/api-error'
import {
  createStaffAccount,
  fetchStaffAccounts,
  resetStaffPassword,
  setStaffAccountDisabled,
  updateStaffAccount,
  type StaffAccountFilter,
} from '../api/staff-accounts-api'
import type { StaffAccountFields } from '../components/staff-account-form'
import { chooseAndUploadSpreadsheet, downloadSpreadsheet } from './spreadsheet-file'

/** The accounts page's state: the filtered list, the form, the password shown once, the last import's report. */
export function useStaffAccounts() {
  const [filter, setFilter] = useState<StaffAccountFilter>({})
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null)
  const [editing, setEditing] = useState<StaffAccount | 'new' | null>(null)
  const [issued, setIssued] = useState<IssuedPassword | null>(null)
  const [report, setReport] = useState<StaffImportReport | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    try {
      setAccounts(await fetchStaffAccounts(filter))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }
  useEffect(() => {
    void load()
  }, [filter.role, filter.status, filter.q])

  /** Runs one change, then shows the list again; what went wrong stays on screen in words. */
  const run = async (change: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      await change()
      await load()
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return {
    filter, setFilter, accounts, editing, setEditing, issued, setIssued, report, notice, error, busy,
    save: (fields: StaffAccountFields) =>
      run(async () => {
        if (editing === 'new') setIssued(await createStaffAccount(fields))
        else if (editing) {
          const { username: _username, ...changes } = fields
          await updateStaffAccount(editing.username, changes)
          setNotice(`已保存 ${fields.name} 的修改。`)
        }
        setEditing(null)
      }),
    toggle: (account: StaffAccount) =>
      run(async () => {
        const changed = await setStaffAccountDisabled(account.username, account.status === 'active')
        setNotice(changed.status === 'disabled' ? `已停用 ${account.name}，这个账号不能再登录。` : `已重新启用 ${account.name}。`)
      }),
    reset: (account: StaffAccount) => run(async () => setIssued(await resetStaffPassword(account.username))),
    downloadTemplate: () => run(() => downloadSpreadsheet('/api/staff/accounts/template', '工作人员花名册模板.xlsx')),
    importRoster: () =>
      run(async () => {
        const answer = await chooseAndUploadSpreadsheet<StaffImportReport>('/api/staff/account-imports')
        if (answer) setReport(answer)
      }),
  }
}
