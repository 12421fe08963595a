import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { AgreementParty } from '@ccs/shared';
import { sealedFields } from '../crypto/sealed-fields';

/**
 * One party's signature on one content hash, insert-only. `_id` `<agreementId>:<contentHash>:<party>` makes a
 * repeated or racing signature one signature. A signature whose hash is not the agreement's current hash was
 * voided by an edit.
 */
export interface AgreementSignatureDoc {
  _id: string;
  agreementId: string;
  contentHash: string;
  party: AgreementParty;
  accountId: Types.ObjectId;
  name: string;
  /** SHA-256 (hex) of the PNG bytes. */
  imageHash: string;
  /** The hand-drawn PNG, for the PDF; stored encrypted. */
  image: Buffer;
  at: Date;
}

const signatureSchema = new Schema<AgreementSignatureDoc>(
  {
    _id: { type: String, required: true },
    agreementId: { type: String, required: true, index: true },
    contentHash: { type: String, required: true },
    party: { type: String, required: true },
    accountId: { type: Schema.Types.ObjectId, required: true },
    name: { type: String, required: true },
    imageHash: { type: String, required: true },
    image: { type: Buffer, required: true },
    at: { type: Date, required: true },
  },
  { collection: 'agreement_signatures', versionKey: false },
);
signatureSchema.plugin(sealedFields([{ path: 'image', kind: 'bytes' }, { path: 'name', kind: 'text' }]));

export function agreementSignatureModel(db: Connection): Model<AgreementSignatureDoc> {
  return (db.models.AgreementSignature as Model<AgreementSignatureDoc> | undefined) ??
    db.model<AgreementSignatureDoc>('AgreementSignature', signatureSchema);
}
