import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';
import { sealedFields } from '../crypto/sealed-fields';

/** The latest sign-in code of a phone, stored as a keyed hash; used once (`usedAt`), its tries counted as places (sms-sign-in.ts). */
const smsCodeSchema = new Schema({
  /** Stored encrypted; a code is found by `phoneHash`, which the `{ phone }` filter is matched on (crypto/sealed-fields.ts). */
  phone: { type: String },
  phoneHash: { type: String, unique: true },
  codeHash: { type: String, required: true },
  sentAt: { type: Date, required: true },
  expiresAt: { type: Date, required: true },
  usedAt: { type: Date, default: null },
}, { collection: 'smscodes' });

smsCodeSchema.plugin(sealedFields([{ path: 'phone', kind: 'text', lookupHash: 'phoneHash' }]));

export function smsCodeModel(db: Connection): Model<InferSchemaType<typeof smsCodeSchema>> {
  return db.models.SmsCode ?? db.model('SmsCode', smsCodeSchema);
}
