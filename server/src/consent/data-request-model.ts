import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { sealedFields } from '../crypto/sealed-fields';

/**
 * A family's request to correct or delete a child's data, under the id the app made (a retry finds the
 * first). `regions` are the child's hukou and residence villages: staff whose scope covers one of them see it.
 */
export interface DataRequestDoc {
  _id: string;
  accountId: Types.ObjectId;
  kind: 'correct' | 'delete';
  childId: string;
  /** null once the child is deleted. */
  childName: string | null;
  note: string;
  regions: string[];
  status: 'open' | 'done';
  outcome: string | null;
  closedBy: Types.ObjectId | null;
  createdAt: Date;
  closedAt: Date | null;
}

const dataRequestSchema = new Schema<DataRequestDoc>(
  {
    _id: { type: String, required: true },
    accountId: { type: Schema.Types.ObjectId, required: true, index: true },
    kind: { type: String, enum: ['correct', 'delete'], required: true },
    childId: { type: String, required: true },
    childName: { type: String, default: null },
    note: { type: String, default: '' },
    regions: { type: [String], required: true, index: true },
    status: { type: String, enum: ['open', 'done'], required: true },
    outcome: { type: String, default: null },
    closedBy: { type: Schema.Types.ObjectId, default: null },
    createdAt: { type: Date, required: true },
    closedAt: { type: Date, default: null },
  },
  { collection: 'data_requests', versionKey: false },
);
// What a family writes to have a child's data corrected may carry an ID number or a diagnosis; so may the reply.
// The child's name is kept for staff once the child is deleted: sealed as on the child.
dataRequestSchema.plugin(
  sealedFields([
    { path: 'note', kind: 'text' },
    { path: 'outcome', kind: 'text' },
    { path: 'childName', kind: 'text' },
  ]),
);

export function dataRequestModel(db: Connection): Model<DataRequestDoc> {
  return (db.models.DataRequest as Model<DataRequestDoc> | undefined) ?? db.model<DataRequestDoc>('DataRequest', dataRequestSchema);
}
