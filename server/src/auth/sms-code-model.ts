import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/** The one pending sign-in code of a phone; single use, hashed, with an attempt counter. */
const smsCodeSchema = new Schema({
  phone: { type: String, required: true, unique: true },
  codeHash: { type: String, required: true },
  sentAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  attempts: { type: Number, default: 0 },
});

export function smsCodeModel(db: Connection): Model<InferSchemaType<typeof smsCodeSchema>> {
  return db.models.SmsCode ?? db.model('SmsCode', smsCodeSchema);
}
