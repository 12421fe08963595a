import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { CalendarHorizon } from '@ccs/shared/calendar/calendar-horizon'
import Tappable from '../../../components/tappable'
import { fetchCalendarHorizon } from '../api/calendar-api'
import CalendarNotice from './calendar-notice'

/** On the county's workbench: the calendar's warning once it runs out within 60 days, with the way to enter the year. */
export default function CalendarWarning() {
  const [horizon, setHorizon] = useState<CalendarHorizon | null>(null)
  useEffect(() => {
    // The workbench works without it: a failed look leaves the warning out.
    fetchCalendarHorizon().then(setHorizon, () => setHorizon(null))
  }, [])
  if (!horizon?.warn) return null
  return (
    <>
      <CalendarNotice id='calendar-warning' horizon={horizon} />
      <Tappable id='calendar-warning-link' className='text-link' onClick={() => void Taro.navigateTo({ url: '/packages/staff/pages/calendar/index' })}>
        录入{horizon.lastKnownYear + 1}年的放假安排
      </Tappable>
    </>
  )
}
