import { Schema, type Connection, type Model, type Types } from 'mongoose';

export interface ConsentEventDoc {
  event: 'given' | 'withdrawn';
  at: Date;
  ip: string | null;
  channel: string | null;
}

/**
 * A guardian's consent to one version of the child privacy notice. One record per account and version
 * (`_id` `<accountId>:<version>`): giving it again changes nothing, giving it again after a withdrawal clears
 * `withdrawnAt`; every giving and withdrawing stays in `events`, so the record shows what was agreed when.
 */
export interface ChildConsentDoc {
  _id: string;
  accountId: Types.ObjectId;
  version: string;
  givenAt: Date;
  withdrawnAt: Date | null;
  ip: string | null;
  channel: string;
  events: ConsentEventDoc[];
}

const childConsentSchema = new Schema<ChildConsentDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: Schema.Types.ObjectId, required: true, index: true },
    version: { type: String, required: true },
    givenAt: { type: Date, required: true },
    withdrawnAt: { type: Date, default: null },
    ip: { type: String, default: null },
    channel: { type: String, required: true },
    events: { type: [{ _id: false, event: String, at: Date, ip: String, channel: String }], default: [] },
  },
  { collection: 'child_consents', versionKey: false },
);

export const consentIdOf = (accountId: string, version: string): string => `${accountId}:${version}`;

export function childConsentModel(db: Connection): Model<ChildConsentDoc> {
  return (db.models.ChildConsent as Model<ChildConsentDoc> | undefined) ?? db.model<ChildConsentDoc>('ChildConsent', childConsentSchema);
}
