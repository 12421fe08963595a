import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { Button, Input } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/style.css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/style.css'
import type { CalendarHorizon } from '@ccs/shared/calendar/calendar-horizon'
import { statutoryFestivals, type StatutoryFestival } from '@ccs/shared/calendar/statutory-festivals'
import { errorMessageOf } from '../../../../api/api-error'
import DeskFrame from '../../components/desk-frame'
import { useSession } from '../../../../session/use-session'
import { enterHolidayYear, fetchCalendarHorizon, type EnteredYear } from '../../api/calendar-api'
import CalendarNotice from '../../components/calendar-notice'
import '../staff.scss'

type Blocks = Record<StatutoryFestival, { from: string; to: string }>
const emptyBlocks = () => Object.fromEntries(statutoryFestivals.map((festival) => [festival, { from: '', to: '' }])) as Blocks

/**
 * 放假安排: how far the working-day calendar reaches, and for county officers and admins the form to enter the next
 * year's holidays from the State Council's notice once it is published (issue 19 §6).
 */
export default function StaffCalendarPage() {
  const account = useSession()?.account
  const mayEnter = account?.roles.some((role) => role === 'countyOfficer' || role === 'admin') ?? false
  const [horizon, setHorizon] = useState<CalendarHorizon | null>(null)
  const [year, setYear] = useState('')
  const [notice, setNotice] = useState('')
  const [blocks, setBlocks] = useState<Blocks>(emptyBlocks)
  const [workdays, setWorkdays] = useState('')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [entered, setEntered] = useState<EnteredYear | null>(null)

  const load = async () => {
    try {
      const reach = await fetchCalendarHorizon()
      setHorizon(reach)
      setYear((current) => current || String(reach.lastKnownYear + 1))
    } catch (e) {
      setError(errorMessageOf(e))
    }
  }
  useEffect(() => {
    void load()
  }, [])

  const setBlock = (festival: StatutoryFestival, end: 'from' | 'to', value: string) =>
    setBlocks((current) => ({ ...current, [festival]: { ...current[festival], [end]: value.trim() } }))

  const save = async () => {
    setSaving(true)
    setError(null)
    setEntered(null)
    try {
      const result = await enterHolidayYear({
        year: Number(year),
        notice: notice.trim(),
        // A one-day holiday may leave 到 empty.
        festivals: statutoryFestivals
          .filter((festival) => blocks[festival].from)
          .map((festival) => ({ festival, from: blocks[festival].from, to: blocks[festival].to || blocks[festival].from })),
        workdays: workdays.split(/[\s,，、;；]+/).filter(Boolean),
      })
      await load()
      setEntered(result)
    } catch (e) {
      setError(errorMessageOf(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <DeskFrame id='screen-staff-calendar' layout='reading'>
      <Text className='page-title'>放假安排</Text>
      <Text className='page-lead muted'>办理期限按工作日计算，要用到每年国务院办公厅公布的放假和调休安排。</Text>
      {horizon && <CalendarNotice id='calendar-notice' horizon={horizon} />}
      {horizon && horizon.enteredYears.length > 0 && (
        <View id='calendar-entered' className='card staff__card'>
          <Text className='staff__title'>已录入的年份</Text>
          {horizon.enteredYears.map((entry) => (
            <Text key={entry.year} className='staff__line'>
              {entry.year}年：{entry.notice}（第{entry.version}版）
            </Text>
          ))}
        </View>
      )}
      {!mayEnter && <Text className='staff__line muted'>放假安排由县民政局工作人员录入。</Text>}
      {mayEnter && (
        <View id='calendar-form'>
          <Text className='section-title'>录入一年的放假安排</Text>
          <Text className='staff__line muted'>对照国务院办公厅的通知填写。日期写成“年-月-日”，例如 2027-01-01；只放一天的节日，“到”可以不填。</Text>
          <Text className='field-label'>年份</Text>
          <Input id='calendar-year' className='field-input' type='number' maxLength={4} value={year} onChange={setYear} />
          <Text className='field-label'>通知文号</Text>
          <Input id='calendar-notice-number' className='field-input' maxLength={60} placeholder='例如：国办发明电〔2026〕9号' value={notice} onChange={setNotice} />
          {statutoryFestivals.map((festival, index) => (
            <View key={festival} className='staff__card'>
              <Text className='field-label'>{festival}放假</Text>
              <Input id={`calendar-from-${index}`} className='field-input' maxLength={10} placeholder='从（年-月-日）' value={blocks[festival].from} onChange={(value) => setBlock(festival, 'from', value)} />
              <Input id={`calendar-to-${index}`} className='field-input' maxLength={10} placeholder='到（年-月-日）' value={blocks[festival].to} onChange={(value) => setBlock(festival, 'to', value)} />
            </View>
          ))}
          <Text className='field-label'>调休上班日（周六或周日要上班的日子，用空格隔开）</Text>
          <Input id='calendar-workdays' className='field-input' placeholder='例如：2027-02-20 2027-04-24' value={workdays} onChange={setWorkdays} />
          <Button id='calendar-save' className='staff__submit' type='primary' size='large' block disabled={saving} onClick={() => void save()}>
            {saving ? '正在保存…' : '检查并保存'}
          </Button>
        </View>
      )}
      {error && <Text id='calendar-error' className='form-error'>{error}</Text>}
      {entered && (
        <Text id='calendar-saved' className='staff__line'>
          已保存{entered.year}年的放假安排（{entered.notice}，第{entered.version}版），重新计算了{entered.recomputedDueDates}件申请的办理期限。
        </Text>
      )}
    </DeskFrame>
  )
}
