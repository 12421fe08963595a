import { Schema, type Connection, type Model } from 'mongoose';

/**
 * One sign-in and every token rotated from it (the refresh-token family); `_id` is the family id, which each access
 * token carries as `sid`. Ending it (logout, a reused refresh token, the staff member replaced) is one `$set` of
 * `endedAt`: every request checks it (`authenticate`, one `_id` lookup), so an access token stops working at once,
 * and every refresh checks it, so no token of the family is honoured again on any instance.
 */
export interface SessionDoc {
  _id: string;
  accountId: import('mongoose').Types.ObjectId;
  startedAt: Date;
  endedAt: Date | null;
  endedReason: 'logout' | 'reuse' | 'disabled' | 'merged' | 'passwordChanged' | 'passwordReset' | 'postChanged' | null;
  /** Opened with a password someone else set: every route but changing it answers PASSWORD_CHANGE_REQUIRED. */
  passwordChangeRequired?: boolean;
}

const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: Schema.Types.ObjectId, required: true, index: true },
    startedAt: { type: Date, required: true },
    endedAt: { type: Date, default: null },
    endedReason: { type: String, enum: ['logout', 'reuse', 'disabled', 'merged', 'passwordChanged', 'passwordReset', 'postChanged', null], default: null },
    passwordChangeRequired: { type: Boolean, default: false },
  },
  { versionKey: false },
);

export function sessionModel(db: Connection): Model<SessionDoc> {
  return (db.models.Session as Model<SessionDoc> | undefined) ?? db.model<SessionDoc>('Session', sessionSchema, 'sessions');
}

/** Ends a session; ending it again keeps the first reason. */
export async function endSession(db: Connection, sessionId: string, reason: NonNullable<SessionDoc['endedReason']>): Promise<void> {
  await sessionModel(db).updateOne({ _id: sessionId, endedAt: null }, { $set: { endedAt: new Date(), endedReason: reason } });
}

/** Ends every open session of an account at once (its access tokens stop at the next request, its refresh tokens with them). */
export async function endAccountSessions(db: Connection, accountId: import('mongoose').Types.ObjectId, reason: NonNullable<SessionDoc['endedReason']>, now = new Date()): Promise<void> {
  await sessionModel(db).updateMany({ accountId, endedAt: null }, { $set: { endedAt: now, endedReason: reason } });
}
