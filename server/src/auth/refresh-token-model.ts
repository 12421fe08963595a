import { Schema, type Connection, type InferSchemaType, type Model } from 'mongoose';

/**
 * A refresh token, stored as its SHA-256 hash. Tokens rotate on use; all tokens descended from
 * one sign-in share a `family`, so presenting a rotated token again revokes the whole family.
 */
const refreshTokenSchema = new Schema({
  tokenHash: { type: String, required: true, unique: true },
  accountId: { type: Schema.Types.ObjectId, required: true, index: true },
  family: { type: String, required: true, index: true },
  expiresAt: { type: Date, required: true },
  revokedAt: { type: Date, default: null },
  revokedReason: { type: String, enum: ['rotated', 'logout', 'reuse', 'disabled', null], default: null },
});

export function refreshTokenModel(db: Connection): Model<InferSchemaType<typeof refreshTokenSchema>> {
  return db.models.RefreshToken ?? db.model('RefreshToken', refreshTokenSchema);
}
