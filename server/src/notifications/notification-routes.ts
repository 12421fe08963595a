import { failedNotificationListSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { failedNotifications } from './failed-notifications';

/** What county staff see of the outbox: the messages that did not reach their person. */
export function notificationRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/staff/failed-notifications',
      summary: '没有送达的通知（县民政局）：本县短信或微信消息发送失败的记录，仍在重试的和已放弃的，需要工作人员另行联系家长',
      tag: 'staff',
      access: ['countyOfficer', 'admin'],
      response: failedNotificationListSchema,
      handler: ({ principal }) => failedNotifications(deps, principal),
    }),
  ];
}
