import type { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import type { SmsMessage } from '../sms/sms-templates';
import type { SubscribeMessage } from '../wechat/subscribe-templates';
import type { NotificationChannel } from './notification-model';
import { sendToWechatUser } from './send-to-wechat-user';

export interface OutgoingNotification {
  id: string;
  channel: NotificationChannel;
  recipientAccountId: Types.ObjectId;
  to: string;
  text: string;
  sms: SmsMessage;
  subscribe: SubscribeMessage | null;
}

/**
 * One sender per channel; throwing marks the attempt failed and the notification is retried later, unless the
 * error is an SmsNotSent or NotDelivered saying a retry would be refused the same way.
 */
export type NotificationAdapters = Record<NotificationChannel, (notification: OutgoingNotification) => Promise<void>>;

/**
 * SMS goes out through the configured sender (sms/configured-sms-sender.ts) as its approved template; a WeChat user
 * gets a subscribe message while they hold a credit, else the SMS (send-to-wechat-user.ts). The workbench inbox is
 * not implemented yet: outside production it writes the text to the log; in production nothing personal is logged and
 * a workbench message stays stored for the inbox to come (staff meanwhile see the case in their queue).
 */
export function notificationAdapters(deps: Pick<AppDeps, 'db' | 'logger' | 'sms' | 'config'>): NotificationAdapters {
  const production = deps.config.NODE_ENV === 'production';
  const log = async ({ id, channel, to, text }: OutgoingNotification) => {
    deps.logger.info({ notificationId: id, channel, to, text }, 'notification sent');
  };
  return {
    wechat: (notification) => sendToWechatUser(deps, notification),
    workbench: production ? async () => {} : log,
    sms: async ({ id, channel, to, sms }) => {
      await deps.sms.send(to, sms.template, sms.params as never);
      deps.logger.info({ notificationId: id, channel, template: sms.template }, 'notification sent');
    },
  };
}
