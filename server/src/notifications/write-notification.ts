import type { Connection, Types } from 'mongoose';
import { insertOnce } from '../db/insert-once';
import { notificationModel, type NotificationDoc } from './notification-model';
import { deliveryFor } from './notification-recipients';

/** What a relay knows of a message; the channel, address and sending state are filled in here. */
export type NotificationMessage = Pick<NotificationDoc, '_id' | 'applicationId' | 'agreementId' | 'seq' | 'event' | 'text' | 'sms' | 'subscribe' | 'createdAt'> & {
  recipientAccountId: Types.ObjectId;
};

/**
 * Writes one pending notification under its fixed `_id`, to be sent by the sender. False when it was written
 * before (by another relay, or this one before a crash): the duplicate key is the "only once".
 */
export async function writeNotificationOnce(db: Connection, message: NotificationMessage): Promise<boolean> {
  const notification: NotificationDoc = {
    ...message,
    ...(await deliveryFor(db, message.recipientAccountId)),
    status: 'pending',
    attempts: 0,
    claimedAt: null,
    retryAt: null,
    sentAt: null,
    lastError: null,
  };
  return (await insertOnce(notificationModel(db), notification)) !== null;
}
