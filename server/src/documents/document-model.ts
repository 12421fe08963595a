import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { documentLabels } from '@ccs/shared';
import { sealedFields } from '../crypto/sealed-fields';
import { VISIT_PHOTO } from './document-meta';

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
/** Every kind a stored photo may have: a supporting document, or a home-visit photo. */
export const storedDocumentKinds: readonly string[] = [...Object.keys(documentLabels), VISIT_PHOTO];

// Photos of hukou books, disability certificates, judgments and hospital records: the bytes are stored encrypted,
// and the kind too (an HIV diagnosis, a judgment of imprisonment), as a token a filter can still match.
documentSchema.plugin(sealedFields([{ path: 'data', kind: 'bytes' }, { path: 'kind', kind: 'enum', values: storedDocumentKinds }]));

export function documentModel(db: Connection): Model<DocumentDoc> {
  return (db.models.Document as Model<DocumentDoc> | undefined) ?? db.model<DocumentDoc>('Document', documentSchema);
}
