import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { FailedNotificationList } from '@ccs/shared/notifications/failed-notification-schemas'
import { fetchFailedNotifications } from '../api/failed-notifications-api'

/** Cases named on the card; the rest are counted. */
const SHOWN = 5

/**
 * On the county's workbench: messages to families that the carrier did not deliver, so someone calls them. Nothing
 * is shown when every message went out.
 */
export default function FailedNotifications() {
  const [list, setList] = useState<FailedNotificationList | null>(null)
  useEffect(() => {
    // The workbench works without it: a failed look leaves the card out.
    fetchFailedNotifications().then(setList, () => setList(null))
  }, [])
  if (!list || list.count === 0) return null
  const givenUp = list.notifications.filter((notification) => !notification.willRetry)
  const references = [...new Set(givenUp.map((notification) => notification.caseReference).filter(Boolean))]
  return (
    <View id='failed-notifications' className='card staff__card'>
      <Text className='staff__title staff__warn'>有{list.count}条通知没有送到</Text>
      <Text className='staff__line'>
        {givenUp.length > 0
          ? `其中${givenUp.length}条短信或微信消息已不再重试，家长不知道案件的进展，请打电话告诉家长。`
          : '系统会自动再发，不用处理。'}
      </Text>
      {references.length > 0 && (
        <Text className='staff__line'>
          申请编号：{references.slice(0, SHOWN).join('、')}
          {references.length > SHOWN ? `等${references.length}件` : ''}
        </Text>
      )}
    </View>
  )
}
