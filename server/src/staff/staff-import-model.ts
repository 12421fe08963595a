import { Schema, type Connection, type Model } from 'mongoose';

/**
 * One roster import, `_id` `<administrator's region>:<digest of the file>`: inserted before the first account is
 * written (`writing`), so a second upload of the same file resumes the first instead of doubling it, and marked
 * `done` once every account of the batch is enabled. FerretDB v1 has no transactions; this record and the
 * `importPending` mark on each account stand in for one (staff/import-staff-roster.ts).
 */
export interface StaffImportDoc {
  _id: string;
  status: 'writing' | 'done';
  /** The rows as validated, in file order (names stay encrypted on the accounts): what a repeated upload answers with. */
  rows: { row: number; username: string; role: string; regionCode: string; regionName: string | null }[];
  by: import('mongoose').Types.ObjectId;
  startedAt: Date;
  doneAt: Date | null;
}

const staffImportSchema = new Schema<StaffImportDoc>(
  {
    _id: { type: String, required: true },
    status: { type: String, enum: ['writing', 'done'], required: true },
    rows: { type: [new Schema({ row: Number, username: String, role: String, regionCode: String, regionName: String }, { _id: false })], default: [] },
    by: { type: Schema.Types.ObjectId, required: true },
    startedAt: { type: Date, required: true },
    doneAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'staff_imports' },
);

export function staffImportModel(db: Connection): Model<StaffImportDoc> {
  return (db.models.StaffImport as Model<StaffImportDoc> | undefined) ?? db.model<StaffImportDoc>('StaffImport', staffImportSchema);
}
