import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { GuardianRelation, IsoDate, Sex } from '@ccs/shared';
import { sealedFields } from '../crypto/sealed-fields';

export interface ChildDoc {
  /** Made by the app (a UUID), so a retried "add child" on a weak network adds the child once. */
  _id: string;
  guardianAccountId: Types.ObjectId;
  name: string;
  /** Stored encrypted (crypto/sealed-fields.ts); plain in memory. */
  residentId: string;
  /** HMAC of the ID number: the only way to find a child by it. */
  residentIdHash: string;
  birthDate: IsoDate;
  sex: Sex;
  /** A village, or a county or township outside the villages loaded (then with `hukouAddress`). */
  hukouRegion: string;
  /** 户籍详细地址 as the 户口簿 writes it; null with a hukou village. */
  hukouAddress: string | null;
  residenceRegion: string | null;
  relation: GuardianRelation;
  /** The applicant's name as they gave it with the child; null for children added before it was asked. */
  guardianName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const childSchema = new Schema<ChildDoc>(
  {
    _id: { type: String, required: true },
    guardianAccountId: { type: Schema.Types.ObjectId, required: true, index: true },
    name: { type: String, required: true },
    residentId: { type: String, required: true },
    residentIdHash: { type: String },
    birthDate: { type: String, required: true },
    sex: { type: String, required: true },
    hukouRegion: { type: String, required: true },
    hukouAddress: { type: String, default: null },
    residenceRegion: { type: String, default: null },
    relation: { type: String, required: true },
    guardianName: { type: String, default: null },
  },
  { collection: 'children', timestamps: true, versionKey: false },
);
// The same family adds a child once, whatever id the app made up for it.
childSchema.index({ guardianAccountId: 1, residentIdHash: 1 }, { unique: true });
// What names or identifies the child is stored encrypted; the villages stay plain (routing, region scope), the
// birth date is sealed too as the age rules read it in memory, never in a query (docs/privacy.md).
childSchema.plugin(
  sealedFields([
    { path: 'residentId', kind: 'text', lookupHash: 'residentIdHash' },
    { path: 'name', kind: 'text' },
    { path: 'birthDate', kind: 'text' },
    { path: 'relation', kind: 'text' },
    { path: 'guardianName', kind: 'text' },
    { path: 'hukouAddress', kind: 'text' },
  ]),
);

export function childModel(db: Connection): Model<ChildDoc> {
  return db.models.Child ?? db.model('Child', childSchema);
}
