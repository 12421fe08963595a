import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { subscribeMessageNames, type SubscribeMessageName } from '@ccs/shared';

/**
 * One message WeChat lets us send a person: each template they accept in `wx.requestSubscribeMessage` is one
 * one-time subscription (一次性订阅). `_id` is `<account>:<template>:<requestId>`, so the app sending the same answer
 * again (a weak network) inserts nothing. `usedBy` is the notification that spent it, set after its use is claimed.
 */
export interface SubscribeCreditDoc {
  _id: string;
  accountId: Types.ObjectId;
  template: SubscribeMessageName;
  usedBy: string | null;
  at: Date;
}

const subscribeCreditSchema = new Schema<SubscribeCreditDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: Schema.Types.ObjectId, required: true },
    template: { type: String, enum: subscribeMessageNames, required: true },
    usedBy: { type: String, default: null },
    at: { type: Date, required: true },
  },
  { collection: 'subscribe_credits', versionKey: false },
);
subscribeCreditSchema.index({ accountId: 1, template: 1, usedBy: 1 });

/**
 * Spending a credit: inserting `<creditId>` here, naming the notification. FerretDB v1 does not apply a conditional
 * update atomically, so two senders could both `$set` the same credit's `usedBy`; only one can insert its use.
 */
export interface SubscribeCreditUseDoc {
  _id: string;
  notificationId: string;
  at: Date;
}

const subscribeCreditUseSchema = new Schema<SubscribeCreditUseDoc>(
  { _id: { type: String, required: true }, notificationId: { type: String, required: true }, at: { type: Date, required: true } },
  { collection: 'subscribe_credit_uses', versionKey: false },
);

export function subscribeCreditModel(db: Connection): Model<SubscribeCreditDoc> {
  return (db.models.SubscribeCredit as Model<SubscribeCreditDoc> | undefined) ?? db.model<SubscribeCreditDoc>('SubscribeCredit', subscribeCreditSchema);
}

export function subscribeCreditUseModel(db: Connection): Model<SubscribeCreditUseDoc> {
  return (db.models.SubscribeCreditUse as Model<SubscribeCreditUseDoc> | undefined) ??
    db.model<SubscribeCreditUseDoc>('SubscribeCreditUse', subscribeCreditUseSchema);
}
