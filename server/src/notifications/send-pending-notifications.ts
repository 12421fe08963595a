import type { AppDeps } from '../app-deps';
import { insertOnce } from '../db/insert-once';
import { notificationClaimModel, notificationModel, type NotificationDoc } from './notification-model';
import { notificationAdapters, type NotificationAdapters } from './notification-adapters';
import { SmsNotSent } from '../sms/sms-not-sent';
import { NotDelivered } from './not-delivered';

const BATCH = 100;
/** A claim not finished within this long is taken to be from a sender that died; another may send. */
export const STALE_CLAIM_MS = 60_000;
export const MAX_ATTEMPTS = 5;
const retryDelayMs = (attempts: number) => Math.min(60 * 60_000, 30_000 * 2 ** attempts);

/**
 * Claims the next attempt at a notification by inserting `<id>#<attempt>`; of several senders exactly one
 * succeeds. A claim left by a sender that died before recording it (still there after a minute, the
 * notification unchanged) is stepped over to the next attempt.
 */
async function claim(deps: Pick<AppDeps, 'db'>, notification: NotificationDoc, now: Date): Promise<number | null> {
  const Claims = notificationClaimModel(deps.db);
  for (let attempt = notification.attempts + 1; attempt <= notification.attempts + 3; attempt += 1) {
    if (!(await insertOnce(Claims, { _id: `${notification._id}#${attempt}`, claimedAt: now }))) {
      const held = await Claims.findById(`${notification._id}#${attempt}`).lean();
      if (held && now.getTime() - held.claimedAt.getTime() > STALE_CLAIM_MS) continue;
      return null;
    }
    await notificationModel(deps.db).updateOne({ _id: notification._id }, { $set: { status: 'sending', claimedAt: now, attempts: attempt } });
    return attempt;
  }
  return null;
}

/**
 * Sends what the relay wrote: pending notifications, failed ones due for a retry, and claims left stale by
 * a sender that stopped. A notification that failed for good (retryAt null) stays `failed` for staff to see
 * (failed-notifications.ts). Each is claimed before it is sent, so several senders running at once send each
 * notification once; a sender dying between sending and recording may cause one repeat after a minute.
 * Returns how many were sent and how many failed this run.
 */
export async function sendPendingNotifications(
  deps: Pick<AppDeps, 'db' | 'logger' | 'sms' | 'config'>,
  adapters: NotificationAdapters = notificationAdapters(deps),
  now = new Date(),
): Promise<{ sent: number; failed: number }> {
  const Notifications = notificationModel(deps.db);
  const due = await Notifications.find({
    $or: [
      { status: 'pending' },
      { status: 'failed', attempts: { $lt: MAX_ATTEMPTS }, retryAt: { $lte: now } },
      { status: 'sending', claimedAt: { $lt: new Date(now.getTime() - STALE_CLAIM_MS) } },
    ],
  })
    .sort({ createdAt: 1 })
    .limit(BATCH)
    .lean();
  const result = { sent: 0, failed: 0 };
  for (const notification of due) {
    const attempt = await claim(deps, notification, now);
    if (attempt === null) continue;
    try {
      const { _id: id, channel, recipientAccountId, to, text, sms, subscribe } = notification;
      await adapters[channel]({ id, channel, recipientAccountId, to, text, sms, subscribe: subscribe ?? null });
      await Notifications.updateOne({ _id: notification._id }, { $set: { status: 'sent', sentAt: new Date(), lastError: null } });
      result.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A carrier or WeChat that refused the message itself (template, parameter) would refuse it again: no retry, staff see it.
      const retry = !((error instanceof SmsNotSent || error instanceof NotDelivered) && !error.retry) && attempt < MAX_ATTEMPTS;
      await Notifications.updateOne(
        { _id: notification._id },
        { $set: { status: 'failed', lastError: message, retryAt: retry ? new Date(now.getTime() + retryDelayMs(attempt)) : null } },
      );
      deps.logger.warn({ notificationId: notification._id, channel: notification.channel, attempt, err: error }, 'notification not sent');
      result.failed += 1;
    }
  }
  return result;
}
