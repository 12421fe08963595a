import { Schema, type Connection, type Model } from 'mongoose';
import { sealedFields } from '../crypto/sealed-fields';
import { insertOnce } from '../db/insert-once';

/**
 * Unique keys that make "only one may" hold on FerretDB v1, whose conditional updates are not atomic: the
 * first insert of a key wins and a repeat finds it. Keys in use:
 * - `code:<verificationCode>` → the agreement a public verification code names;
 * - `check:<防伪码>` → the agreement and content hash a 防伪码 was made for (claim-check-code.ts), one content each;
 * - `invitation:<sha256 of token>` → the agreement an invitation opens (the token or SMS code itself is never stored);
 * - `<agreementId>:invitationSms:<n>` → the n-th invitation SMS to the caregiver, claimed before it is sent;
 * - `<agreementId>:declined` → the invited caregiver's no (also the outbox entry telling the parent);
 * - `<agreementId>:caregiver` → the account that accepted the invitation first;
 * - `<agreementId>:filed` → the director's acknowledgement (已存档);
 * - `<agreementId>:terminated` → the parent's early ending (also the outbox entry telling the director);
 * - `<agreementId>:caregiverUnable` → the director's finding from a visit (also the outbox entry telling the parent);
 * - `<agreementId>:reminder:<days>:<end>` → a reminder sent (also the notification outbox).
 */
export interface AgreementKeyDoc {
  _id: string;
  agreementId: string;
  data: Record<string, unknown>;
  relayed: boolean;
  createdAt: Date;
}

const keySchema = new Schema<AgreementKeyDoc>(
  {
    _id: { type: String, required: true },
    agreementId: { type: String, required: true },
    data: { type: Schema.Types.Mixed, default: {} },
    relayed: { type: Boolean, default: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'agreement_keys', versionKey: false, minimize: false },
);
// A termination's or a decline's reason and a visit's notes, kept here as the outbox entry, are stored encrypted as on the agreement.
keySchema.plugin(
  sealedFields([
    { path: 'data.reason', kind: 'text' },
    { path: 'data.notes', kind: 'text' },
  ]),
);

export function agreementKeyModel(db: Connection): Model<AgreementKeyDoc> {
  return (db.models.AgreementKey as Model<AgreementKeyDoc> | undefined) ?? db.model<AgreementKeyDoc>('AgreementKey', keySchema);
}

/** Inserts the key; false when it was already there (someone else, or an earlier try, holds it). */
export async function claimAgreementKey(db: Connection, key: Omit<AgreementKeyDoc, 'relayed'> & { relayed?: boolean }): Promise<boolean> {
  return (await insertOnce(agreementKeyModel(db), { relayed: true, ...key })) !== null;
}
