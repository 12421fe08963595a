import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { ContactKind, ContactWith } from '@ccs/shared';

/**
 * One contact a parent recorded (issue 4 §7), insert-only. `_id` is the id the app made, so a tap retried on
 * a weak network records one contact.
 */
export interface AgreementContactDoc {
  _id: string;
  agreementId: string;
  accountId: Types.ObjectId;
  kind: ContactKind;
  with: ContactWith;
  at: Date;
}

const contactSchema = new Schema<AgreementContactDoc>(
  {
    _id: { type: String, required: true },
    agreementId: { type: String, required: true, index: true },
    accountId: { type: Schema.Types.ObjectId, required: true },
    kind: { type: String, required: true },
    with: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'agreement_contacts', versionKey: false },
);

export function agreementContactModel(db: Connection): Model<AgreementContactDoc> {
  return (db.models.AgreementContact as Model<AgreementContactDoc> | undefined) ??
    db.model<AgreementContactDoc>('AgreementContact', contactSchema);
}
