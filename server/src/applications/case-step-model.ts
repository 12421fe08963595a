import { Schema, type Connection, type Model, type Types } from 'mongoose';
import { sealedFields } from '../crypto/sealed-fields';
import type { ApplicationDoc, HistoryDoc } from './application-model';

/**
 * One committed step of a case, insert-only. Its `_id` (`<applicationId>:<seq>`) is the lock: of two
 * writers that read the case at the same point, only one can insert the next step. This is the one
 * compare-and-set both MongoDB and FerretDB v1 give atomically — FerretDB v1 reads and writes a
 * conditional update separately, so two racing `updateOne({_id, version})` calls both succeed
 * (measured: 19 races in 20). Steps are also the notification outbox (`relayed`).
 */
export interface CaseStepDoc {
  _id: string;
  applicationId: Types.ObjectId;
  seq: number;
  entry: HistoryDoc;
  /** The case fields the step sets, so a step claimed but not applied (a crash) can be rolled forward. */
  set: Partial<ApplicationDoc>;
  /** Whether the step bumps the case version (status or holder changes do; an overdue mark does not). */
  bumpsVersion: boolean;
  relayed: boolean;
  createdAt: Date;
}

const caseStepSchema = new Schema(
  {
    _id: { type: String, required: true },
    applicationId: { type: Schema.Types.ObjectId, required: true, index: true },
    seq: { type: Number, required: true },
    entry: { type: Schema.Types.Mixed, required: true },
    set: { type: Schema.Types.Mixed, default: {} },
    bumpsVersion: { type: Boolean, default: true },
    relayed: { type: Boolean, default: false, index: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'case_steps', versionKey: false, minimize: false },
);
// As on the case: reasons and home-visit notes may name a parent's prison term or a child's illness.
caseStepSchema.plugin(
  sealedFields([
    { path: 'entry.reason', kind: 'text' },
    { path: 'entry.notes', kind: 'text' },
    { path: 'set.returnReason', kind: 'text' },
    { path: 'set.handover.answer.reason', kind: 'text' },
    // A grant's lines name what it pays for (福彩圆梦助学金, 参照社会散居孤儿…), so they reveal the programme.
    { path: 'set.grant', kind: 'json' },
    { path: 'set.routing.reason', kind: 'text' },
    { path: 'set.routing.source', kind: 'text' },
  ]),
);

export function caseStepModel(db: Connection): Model<CaseStepDoc> {
  return (db.models.CaseStep as Model<CaseStepDoc> | undefined) ?? db.model<CaseStepDoc>('CaseStep', caseStepSchema);
}
