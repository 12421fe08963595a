import type { Logger } from 'pino';
import type { NotificationChannel } from './notification-model';

export interface OutgoingNotification {
  id: string;
  channel: NotificationChannel;
  to: string;
  text: string;
}

/** One sender per channel; throwing marks the attempt failed and the notification is retried later. */
export type NotificationAdapters = Record<NotificationChannel, (notification: OutgoingNotification) => Promise<void>>;

/**
 * Development and test adapters: every channel writes the message to the log, as the SMS sign-in code
 * sender does. Production adapters (WeChat subscribe messages through the mini-program's template, an SMS
 * gateway, the workbench inbox) are not implemented yet; start-server refuses NODE_ENV=production until
 * they and the SMS sign-in gateway exist.
 */
export function logNotificationAdapters(logger: Logger): NotificationAdapters {
  const log = async ({ id, channel, to, text }: OutgoingNotification) => {
    logger.info({ notificationId: id, channel, to, text }, 'notification sent');
  };
  return { wechat: log, sms: log, workbench: log };
}
