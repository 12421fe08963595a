import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { GuardianRelation, IsoDate, Sex } from '@ccs/shared';

export interface ChildDoc {
  /** Made by the app (a UUID), so a retried "add child" on a weak network adds the child once. */
  _id: string;
  guardianAccountId: Types.ObjectId;
  name: string;
  // Plaintext until the encryption work of the trust issue (#7) lands.
  residentId: string;
  birthDate: IsoDate;
  sex: Sex;
  hukouRegion: string;
  residenceRegion: string | null;
  relation: GuardianRelation;
  createdAt: Date;
  updatedAt: Date;
}

const childSchema = new Schema<ChildDoc>(
  {
    _id: { type: String, required: true },
    guardianAccountId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    residentId: { type: String, required: true },
    birthDate: { type: String, required: true },
    sex: { type: String, required: true },
    hukouRegion: { type: String, required: true },
    residenceRegion: { type: String, default: null },
    relation: { type: String, required: true },
  },
  { collection: 'children', timestamps: true, versionKey: false },
);
// The same family adds a child once, whatever id the app made up for it.
childSchema.index({ guardianAccountId: 1, residentId: 1 }, { unique: true });

export function childModel(db: Connection): Model<ChildDoc> {
  return db.models.Child ?? db.model('Child', childSchema);
}
