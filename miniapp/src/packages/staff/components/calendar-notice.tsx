import { Text, View } from '@tarojs/components'
import type { CalendarHorizon } from '@ccs/shared/calendar/calendar-horizon'

const dateText = (isoDate: string) => `${Number(isoDate.slice(0, 4))}年${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`

/** What the calendar's reach means for due dates, in plain words; a warning once it runs out within 60 days. */
export default function CalendarNotice({ id, horizon }: { id: string; horizon: CalendarHorizon }) {
  const next = horizon.lastKnownYear + 1
  return (
    <View id={id} className='card staff__card'>
      <Text className={horizon.warn ? 'staff__title staff__warn' : 'staff__title'}>
        {horizon.warn ? `${next}年的放假安排还没有录入` : `放假安排已录入到${horizon.lastKnownYear}年`}
      </Text>
      <Text className='staff__line'>
        系统知道的放假安排到{dateText(horizon.knownUntil)}为止
        {horizon.daysLeft >= 0 ? `，还有${horizon.daysLeft}天。` : `，已经过了${-horizon.daysLeft}天。`}
      </Text>
      {horizon.warn && (
        <Text className='staff__line'>
          办理期限跨到{next}年的申请，暂时把{next}年当作没有节假日来算（春节也算上班），期限只供参考。国务院办公厅公布{next}年放假安排后，请县民政局在“放假安排”里录入，系统会重新计算这些期限。
        </Text>
      )}
    </View>
  )
}
