import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { sealedFields } from '../crypto/sealed-fields';

/**
 * A photo of a supporting document (or of a home visit), its bytes kept with it. The `_id` is the id the
 * app made before uploading, so a retried upload finds the first one instead of storing a copy.
 * The application's `documents` array holds only the metadata the case views list.
 */
export interface DocumentDoc {
  _id: string;
  applicationId: Types.ObjectId;
  kind: string;
  contentType: string;
  size: number;
  sha256: string;
  data: Buffer;
  uploadedBy: 'family' | 'staff';
  accountId: Types.ObjectId;
  createdAt: Date;
}

const documentSchema = new Schema(
  {
    _id: { type: String, required: true },
    applicationId: { type: Schema.Types.ObjectId, required: true, index: true },
    kind: { type: String, required: true },
    contentType: { type: String, required: true },
    size: { type: Number, required: true },
    sha256: { type: String, required: true },
    data: { type: Buffer, required: true },
    uploadedBy: { type: String, enum: ['family', 'staff'], required: true },
    accountId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'documents', versionKey: false },
);
// Photos of hukou books, disability certificates, judgments and hospital records: the bytes are stored encrypted.
documentSchema.plugin(sealedFields([{ path: 'data', kind: 'bytes' }]));

export function documentModel(db: Connection): Model<DocumentDoc> {
  return (db.models.Document as Model<DocumentDoc> | undefined) ?? db.model<DocumentDoc>('Document', documentSchema);
}
