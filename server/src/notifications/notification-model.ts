import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { sealedFields } from '../crypto/sealed-fields';
import type { SmsMessage } from '../sms/sms-templates';
import type { SubscribeMessage } from '../wechat/subscribe-templates';

export type NotificationChannel = 'wechat' | 'sms' | 'workbench';
export type NotificationStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * One message to one person about one step of a case. `_id` is `<applicationId>:<step>:<recipientAccountId>`,
 * so relaying a step twice (two instances, a retry after a crash) writes each message once.
 */
export interface NotificationDoc {
  _id: string;
  /** The case the message is about; null for a message about a care agreement. */
  applicationId: Types.ObjectId | null;
  /** The care agreement a reminder is about (issue 4 §6). */
  agreementId?: string | null;
  seq: number;
  event: string;
  recipientAccountId: Types.ObjectId;
  channel: NotificationChannel;
  /** WeChat openid, phone number, or the account id for the workbench. */
  to: string;
  text: string;
  /** The same news as an approved SMS template and its parameters, sent when the channel is sms. */
  sms: SmsMessage;
  /**
   * The same news as a WeChat subscribe message, for a family member: sent instead of the SMS while they hold a
   * credit for its template (wechat/take-subscribe-credit.ts). Null for staff, and on messages written before it.
   */
  subscribe?: SubscribeMessage | null;
  status: NotificationStatus;
  /** Claims made so far; claim n is the insert of `<_id>#n` into notification_claims. */
  attempts: number;
  claimedAt: Date | null;
  retryAt: Date | null;
  sentAt: Date | null;
  lastError: string | null;
  createdAt: Date;
}

const notificationSchema = new Schema(
  {
    _id: { type: String, required: true },
    applicationId: { type: Schema.Types.ObjectId, default: null, index: true },
    agreementId: { type: String, default: null },
    seq: { type: Number, required: true },
    event: { type: String, required: true },
    recipientAccountId: { type: Schema.Types.ObjectId, required: true, index: true },
    channel: { type: String, enum: ['wechat', 'sms', 'workbench'], required: true },
    to: { type: String, required: true },
    text: { type: String, required: true },
    sms: { type: Schema.Types.Mixed, required: true },
    subscribe: { type: Schema.Types.Mixed, default: null },
    status: { type: String, enum: ['pending', 'sending', 'sent', 'failed'], default: 'pending', index: true },
    attempts: { type: Number, default: 0 },
    claimedAt: { type: Date, default: null },
    retryAt: { type: Date, default: null },
    sentAt: { type: Date, default: null },
    lastError: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  { collection: 'notifications', versionKey: false, minimize: false },
);
// A message may quote a termination's reason or a visit's notes (agreement-notice-text.ts), an SMS or a subscribe
// message names children; `to` is a phone or an openid.
notificationSchema.plugin(
  sealedFields([{ path: 'text', kind: 'text' }, { path: 'sms', kind: 'json' }, { path: 'subscribe', kind: 'json' }, { path: 'to', kind: 'text' }]),
);

/**
 * A sender's claim on one attempt to send a notification. Inserting `<notificationId>#<attempt>` is the
 * lock: FerretDB v1 does not apply a conditional update atomically, but it does refuse a duplicate `_id`.
 */
const notificationClaimSchema = new Schema(
  { _id: { type: String, required: true }, claimedAt: { type: Date, required: true } },
  { collection: 'notification_claims', versionKey: false },
);

export function notificationModel(db: Connection): Model<NotificationDoc> {
  return (db.models.Notification as Model<NotificationDoc> | undefined) ?? db.model<NotificationDoc>('Notification', notificationSchema);
}

export function notificationClaimModel(db: Connection): Model<{ _id: string; claimedAt: Date }> {
  return (db.models.NotificationClaim as Model<{ _id: string; claimedAt: Date }> | undefined) ??
    db.model<{ _id: string; claimedAt: Date }>('NotificationClaim', notificationClaimSchema);
}
