import { Schema, type Connection, type Model } from 'mongoose';

/**
 * WeChat's access token, shared by every API instance: one document per generation (`token:<n>`), inserted once,
 * and a claim (`claim:<n>:<slot>`) that lets one instance fetch generation n. WeChat gives each AppID one token at
 * a time, so instances that fetched their own would replace one another's.
 */
export interface WechatTokenDoc {
  _id: string;
  generation: number;
  /** Only on a token document. */
  token?: string;
  expiresAt?: Date;
  at: Date;
}

const wechatTokenSchema = new Schema<WechatTokenDoc>(
  {
    _id: { type: String, required: true },
    generation: { type: Number, required: true, index: true },
    token: { type: String },
    expiresAt: { type: Date },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export function wechatTokenModel(db: Connection): Model<WechatTokenDoc> {
  return db.models.WechatToken ?? db.model<WechatTokenDoc>('WechatToken', wechatTokenSchema, 'wechat_tokens');
}
