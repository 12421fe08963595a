import type { AppDeps } from '../app-deps';
import { identityModel } from '../auth/account-model';
import { sendSubscribeMessage } from '../wechat/send-subscribe-message';
import { takeSubscribeCredit } from '../wechat/take-subscribe-credit';
import type { OutgoingNotification } from './notification-adapters';
import { NotDelivered } from './not-delivered';

type Deps = Pick<AppDeps, 'db' | 'logger' | 'sms' | 'config'>;

/**
 * Reaches someone who signed in through the mini-program. A subscribe message while they hold a credit for its
 * template (they accepted it in `wx.requestSubscribeMessage`); otherwise, or when WeChat says they did not subscribe
 * or refuses the message, the SMS to the account's phone. WeChat unreachable throws, so the outbox retries with the
 * same credit. With neither way open it is NotDelivered: retried while a subscription may still come, then left
 * failed for county staff (failed-notifications.ts). Only in development with no template configured does the text
 * go to the log instead.
 */
export async function sendToWechatUser(deps: Deps, notification: OutgoingNotification): Promise<void> {
  const { id, recipientAccountId, subscribe } = notification;
  const configured = !!subscribe && !!deps.config.WECHAT_SUBSCRIBE_TEMPLATE_IDS[subscribe.template];
  let wechatAnswer = configured ? 'no subscription accepted' : 'no subscribe message for this notification';
  if (configured && (await takeSubscribeCredit(deps, recipientAccountId, subscribe.template, id))) {
    wechatAnswer = await sendSubscribeMessage(deps, { openid: notification.to, ...subscribe } as Parameters<typeof sendSubscribeMessage>[1]);
    if (wechatAnswer === 'sent') return deps.logger.info({ notificationId: id, channel: 'wechat', via: 'subscribe' }, 'notification sent');
  }
  const phone = await identityModel(deps.db).findOne({ accountId: recipientAccountId, kind: 'phone' }, { value: 1 }).lean();
  if (phone) {
    await deps.sms.send(phone.value, notification.sms.template, notification.sms.params as never);
    return deps.logger.info({ notificationId: id, channel: 'wechat', via: 'sms', template: notification.sms.template }, 'notification sent');
  }
  if (!configured && deps.config.NODE_ENV !== 'production') {
    return deps.logger.info({ notificationId: id, channel: 'wechat', to: notification.to, text: notification.text }, 'notification sent');
  }
  throw new NotDelivered(!wechatAnswer.startsWith('refused'), `WeChat: ${wechatAnswer}; no phone for an SMS`);
}
