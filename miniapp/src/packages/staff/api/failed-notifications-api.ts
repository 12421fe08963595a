import type { FailedNotificationList } from '@ccs/shared/notifications/failed-notification-schemas'
import { request } from '../../../api/request'

/** The county's messages that did not reach their person (county officers and admins). */
export function fetchFailedNotifications(): Promise<FailedNotificationList> {
  return request<FailedNotificationList>('GET', '/api/staff/failed-notifications')
}
