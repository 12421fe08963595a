import { Schema, type Connection, type Model, type Types } from 'mongoose';

/**
 * A refresh token, stored as its SHA-256 hash, in a session (`family`, `session-model.ts`). Its `_id` says where it
 * came from: `start:<family>` for the sign-in's token, `after:<hash of the token it replaced>` for a rotation. So a
 * token is rotated by inserting its successor: of racing refreshes of one token exactly one inserts, the others
 * find the successor and get the same pair (within the retry window) or end the session (later: reuse).
 */
export interface RefreshTokenDoc {
  _id: string;
  tokenHash: string;
  accountId: Types.ObjectId;
  family: string;
  issuedAt: Date;
  expiresAt: Date;
}

const refreshTokenSchema = new Schema<RefreshTokenDoc>(
  {
    _id: { type: String, required: true },
    tokenHash: { type: String, required: true, unique: true },
    accountId: { type: Schema.Types.ObjectId, required: true, index: true },
    family: { type: String, required: true, index: true },
    issuedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false },
);

export function refreshTokenModel(db: Connection): Model<RefreshTokenDoc> {
  return (db.models.RefreshToken as Model<RefreshTokenDoc> | undefined) ?? db.model<RefreshTokenDoc>('RefreshToken', refreshTokenSchema);
}
