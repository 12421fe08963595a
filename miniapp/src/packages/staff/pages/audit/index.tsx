import { useCallback, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import { auditActionLabels, type AuditAction } from '@ccs/shared/audit/audit-labels'
import type { AuditEntry } from '@ccs/shared/audit/audit-schemas'
import { toIsoDate } from '@ccs/shared/calendar/iso-date'
import { errorMessageOf } from '../../../../api/api-error'
import DeskFrame from '../../components/desk-frame'
import { formatMoment } from '../../../../lib/format-date'
import { useSession } from '../../../../session/use-session'
import { fetchAuditPage } from '../../api/audit-api'
import FilterChips, { type Chip } from '../../components/filter-chips'
import { actorText, addressText, subjectText } from './entry-text'
import '../staff.scss'

/** The actions a county officer most often looks for (越权查看: someone probing data not theirs); 全部 lists every other one too. */
const actionChips: Chip<AuditAction>[] = [
  { value: 'all', label: '全部' },
  ...(['child.view', 'case.view', 'document.view', 'agreement.view', 'agreement.pdf', 'case.transition', 'auth.signInFailed', 'access.refused'] as const).map((action) => ({
    value: action,
    label: auditActionLabels[action],
  })),
]
type Period = 'today' | 'week' | 'month'
const periodChips: Chip<Period>[] = [
  { value: 'all', label: '不限' },
  { value: 'today', label: '今天' },
  { value: 'week', label: '近7天' },
  { value: 'month', label: '近30天' },
]
const periodDays: Record<Period, number> = { today: 1, week: 7, month: 30 }

function fromDate(period: Period | 'all'): string | undefined {
  return period === 'all' ? undefined : toIsoDate(new Date(Date.now() - (periodDays[period] - 1) * 86_400_000))
}

function EntryCard({ entry }: { entry: AuditEntry }) {
  const subject = subjectText(entry)
  return (
    <View id={`audit-entry-${entry.id}`} className='card staff__card audit-entry'>
      <Text className='staff__title'>
        {actorText(entry)} {entry.actionLabel}
      </Text>
      {subject && <Text className='staff__line'>{subject}</Text>}
      <Text className='staff__line'>时间：{formatMoment(entry.at)}</Text>
      <Text className='staff__line muted'>来自地址：{addressText(entry)}</Text>
    </View>
  )
}

/**
 * 操作记录 for the county civil affairs officer: who looked at or changed a child's information in the county,
 * when and from where (issue 7 §3). Filters are always on screen; the newest entries come first.
 */
export default function StaffAuditPage() {
  const account = useSession()?.account
  const isCountyOfficer = account?.roles.includes('countyOfficer') ?? false
  const [action, setAction] = useState<AuditAction | 'all'>('all')
  const [period, setPeriod] = useState<Period | 'all'>('all')
  const [residentId, setResidentId] = useState('')
  // The ID number is searched when 查询 is tapped (or a choice changes), not at every keystroke.
  const typedResidentId = useRef('')
  const [entries, setEntries] = useState<AuditEntry[]>([])
  const [nextPage, setNextPage] = useState<number | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Answers to an older search must not overwrite the list of the current one.
  const latest = useRef(0)

  const load = useCallback(
    async (page: number) => {
      const ticket = ++latest.current
      setLoading(true)
      setError(null)
      try {
        const result = await fetchAuditPage({
          action: action === 'all' ? undefined : action,
          from: fromDate(period),
          childResidentId: typedResidentId.current.trim() || undefined,
          page,
        })
        if (ticket !== latest.current) return
        setEntries((current) => (page === 1 ? result.entries : [...current, ...result.entries]))
        setNextPage(result.nextPage)
      } catch (e) {
        if (ticket === latest.current) setError(errorMessageOf(e))
      } finally {
        if (ticket === latest.current) setLoading(false)
      }
    },
    [action, period],
  )

  useEffect(() => {
    if (isCountyOfficer) void load(1)
  }, [load, isCountyOfficer])

  if (!isCountyOfficer) {
    return (
      <DeskFrame id='screen-staff-audit' layout='reading'>
        <Text className='page-title'>操作记录</Text>
        <Text id='audit-not-allowed' className='page-lead'>只有县民政局工作人员可以查看本县的操作记录。</Text>
      </DeskFrame>
    )
  }

  return (
    <DeskFrame id='screen-staff-audit' layout='reading'>
      <Text className='page-title'>操作记录</Text>
      <Text className='page-lead muted'>本县谁在什么时候、从哪个地址查看或修改了儿童的信息。最新的在最前面。</Text>
      <FilterChips<AuditAction> idPrefix='audit-action' title='做了什么' chips={actionChips} selected={action} onSelect={setAction} />
      <FilterChips<Period> idPrefix='audit-period' title='什么时候' chips={periodChips} selected={period} onSelect={setPeriod} />
      <Text className='field-label'>只看一个孩子（填身份证号，可不填）</Text>
      <Input
        id='audit-resident-id'
        className='field-input'
        maxLength={18}
        placeholder='孩子的18位身份证号'
        value={residentId}
        onChange={(value) => {
          typedResidentId.current = value
          setResidentId(value)
        }}
      />
      <Button id='audit-search' className='staff__submit' type='primary' size='large' block disabled={loading} onClick={() => void load(1)}>
        查询
      </Button>
      {error && <Text id='audit-error' className='form-error'>{error}</Text>}
      <Text className='section-title'>查到的记录</Text>
      <View id='audit-entries'>
        {loading && entries.length === 0 && <Text className='staff__empty'>正在加载…</Text>}
        {!loading && !error && entries.length === 0 && <Text id='audit-empty' className='staff__empty'>没有找到符合条件的记录。</Text>}
        {entries.map((entry) => (
          <EntryCard key={entry.id} entry={entry} />
        ))}
      </View>
      {nextPage !== null && (
        <Button id='audit-more' className='staff__submit' type='default' size='large' block disabled={loading} onClick={() => void load(nextPage)}>
          {loading ? '正在加载…' : '加载更多'}
        </Button>
      )}
    </DeskFrame>
  )
}
