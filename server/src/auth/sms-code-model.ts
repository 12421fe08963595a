import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** The latest sign-in code of a phone, stored as a keyed hash; used once (`usedAt`), its tries counted as places (sms-sign-in.ts). */
const smsCodeSchema = new Schema({
  phone: { type: String, required: true, unique: true },
  codeHash: { type: String, required: true },
  sentAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  usedAt: { type: Date, default: null },
});

export function smsCodeModel(db: Connection): Model<InferSchemaType<typeof smsCodeSchema>> {
  return db.models.SmsCode ?? db.model('SmsCode', smsCodeSchema);
}
