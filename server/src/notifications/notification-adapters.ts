import type { AppDeps } from '../app-deps';
import type { SmsMessage } from '../sms/sms-templates';
import type { NotificationChannel } from './notification-model';

export interface OutgoingNotification {
  id: string;
  channel: NotificationChannel;
  to: string;
  text: string;
  sms: SmsMessage;
}

/**
 * One sender per channel; throwing marks the attempt failed and the notification is retried later, unless the
 * error is an SmsNotSent saying a retry would be refused the same way.
 */
export type NotificationAdapters = Record<NotificationChannel, (notification: OutgoingNotification) => Promise<void>>;

/**
 * SMS goes out through the configured sender (sms/configured-sms-sender.ts) as its approved template. WeChat
 * subscribe messages and the workbench inbox are not implemented yet. Outside production those channels write the
 * text to the log. In production nothing personal is logged: a WeChat notification fails, so it stays `failed` where
 * county staff see it (failed-notifications.ts) rather than passing as sent, and a workbench one stays stored for
 * the inbox to come (staff meanwhile see the case in their queue).
 */
export function notificationAdapters(deps: Pick<AppDeps, 'logger' | 'sms' | 'config'>): NotificationAdapters {
  const production = deps.config.NODE_ENV === 'production';
  const log = async ({ id, channel, to, text }: OutgoingNotification) => {
    deps.logger.info({ notificationId: id, channel, to, text }, 'notification sent');
  };
  return {
    wechat: production
      ? async () => {
          throw new Error('WeChat subscribe messages are not built yet: not delivered');
        }
      : log,
    workbench: production ? async () => {} : log,
    sms: async ({ id, channel, to, sms }) => {
      await deps.sms.send(to, sms.template, sms.params as never);
      deps.logger.info({ notificationId: id, channel, template: sms.template }, 'notification sent');
    },
  };
}
