import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { ApplicationStatus, ChildFacts, CrossRegionScope, Grant, IsoDate, ProgrammeId, ReviewStatus, Role } from '@ccs/shared';
import { programmeIds } from '@ccs/shared';
import { sealedFields } from '../crypto/sealed-fields';
import { fieldCipherOf } from '../crypto/attach-field-cipher';
import { storedDocumentKinds } from '../documents/document-model';

/** The post that holds a case: a role in a region. `accountId` is the person in that post when it moved. */
export interface HolderDoc {
  role: Role;
  regionCode: string;
  accountId: Types.ObjectId | null;
  name: string | null;
}

export interface ActorDoc {
  accountId: Types.ObjectId;
  role: Role;
  name: string | null;
}

/** One step of the case, as the family and staff read it on the timeline (committed through `case_steps`). */
export interface HistoryDoc {
  at: Date;
  /** `submitted`, `resubmitted`, `overdue`, `reassigned`, or a case action. */
  event: string;
  actor: ActorDoc | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  reason: string | null;
  notes: string | null;
  holder: HolderDoc | null;
  dueDate: IsoDate | null;
  /** The Idempotency-Key of the request that made the step, so a retried staff action returns its first result. */
  requestKey?: string | null;
}

export interface DocumentMetaDoc {
  id: string;
  kind: string;
  contentType: string;
  size: number;
  uploadedAt: Date;
  uploadedBy: 'family' | 'staff';
  accountId: Types.ObjectId;
}

export interface RoutingDoc {
  regionCode: string;
  place: 'hukou' | 'residence';
  crossRegion: boolean;
  reason: string;
  source: string;
}

/** Where a case went to its hukou place and what came back (`Handover` in shared, docs/policy.md). */
export interface HandoverDoc {
  scope: CrossRegionScope;
  officeCode: string;
  officeName: string;
  sentAt: Date;
  answerDue: IsoDate;
  answer: { accepted: boolean; reference: string | null; reason: string | null; at: Date } | null;
}

export interface ApplicationDoc {
  _id: Types.ObjectId;
  reference: string | null;
  childId: string;
  guardianAccountId: Types.ObjectId;
  programme: ProgrammeId;
  facts: ChildFacts;
  documents: DocumentMetaDoc[];
  status: ApplicationStatus;
  /** Bumped by every change of status or holder; a transition names the version it expects. */
  version: number;
  /**
   * `<childId>:<programme>` while the application is open (draft included) or its grant is paid month after
   * month, `<…>:closed:<_id>` once it ends (rejected, handed over, a one-off granted): one unique index then
   * allows one open application or live grant per child and programme on any MongoDB, FerretDB v1 having no
   * partial indexes.
   */
  activeKey: string;
  /** The child's hukou and residence villages, for region-scoped access and the child's file. */
  regionCodes: string[];
  routing: RoutingDoc | null;
  /** Set when the residence township sends the case to the hukou place; null otherwise. */
  handover?: HandoverDoc | null;
  holder: HolderDoc | null;
  /**
   * `holder` as one top-level string (`postKeyOf`), null when no post holds the case: the queue filters on it by
   * equality, which FerretDB pushes down to PostgreSQL, where `holder.regionCode` (dot notation) and `$in` are
   * filtered in Go after reading every case. Written with `holder` by every step (`commitStep`).
   */
  holderPost: string | null;
  dueDate: IsoDate | null;
  dueProvisional: boolean;
  overdue: boolean;
  /** The stage that returned the case, to which a resubmission goes back. */
  returnedFrom: ReviewStatus | null;
  returnReason: string | null;
  grant: Grant | null;
  submitIdempotencyKey: string | null;
  submittedAt: Date | null;
  consent: { version: string; at: Date } | null;
  history: HistoryDoc[];
  /** history.length: the sequence number of the last committed step (`case_steps` `<_id>:<seq>`). */
  historyCount: number;
  /**
   * The guard that keeps a late writer from putting an older step back (`applyStep`): `1` under the number of
   * every step written on, `{ next: true }` under the number after the last one. Absent before the first step.
   */
  appliedSteps?: Record<string, 1 | { next: true }>;
  createdAt: Date;
  updatedAt: Date;
}

const holderSchema = new Schema<HolderDoc>(
  { role: String, regionCode: String, accountId: { type: Schema.Types.ObjectId, default: null }, name: { type: String, default: null } },
  { _id: false },
);

const applicationSchema = new Schema(
  {
    reference: { type: String, default: null },
    childId: { type: String, required: true, index: true },
    guardianAccountId: { type: Schema.Types.ObjectId, required: true, index: true },
    programme: { type: String, required: true },
    facts: { type: Schema.Types.Mixed, default: {} },
    documents: { type: [Schema.Types.Mixed], default: [] },
    status: { type: String, required: true },
    version: { type: Number, default: 0 },
    activeKey: { type: String, required: true, unique: true },
    regionCodes: { type: [String], default: [] },
    routing: { type: Schema.Types.Mixed, default: null },
    handover: { type: Schema.Types.Mixed, default: null },
    holder: { type: holderSchema, default: null },
    holderPost: { type: String, default: null },
    dueDate: { type: String, default: null },
    dueProvisional: { type: Boolean, default: false },
    overdue: { type: Boolean, default: false },
    returnedFrom: { type: String, default: null },
    returnReason: { type: String, default: null },
    grant: { type: Schema.Types.Mixed, default: null },
    submitIdempotencyKey: { type: String, default: null },
    submittedAt: { type: Date, default: null },
    consent: { type: Schema.Types.Mixed, default: null },
    history: { type: [Schema.Types.Mixed], default: [] },
    historyCount: { type: Number, default: 0 },
    appliedSteps: { type: Schema.Types.Mixed },
  },
  { collection: 'applications', timestamps: true, versionKey: false, minimize: false },
);
// A staff member's queue: the cases their post holds, earliest due first, ties by submission (list-case-queue.ts
// sorts by both): with submittedAt in the index MongoDB reads a page off it instead of sorting a county's cases.
applicationSchema.index({ holderPost: 1, dueDate: 1, submittedAt: 1 });
// The same queue latest submitted first (the desk's sort by 提交时间).
applicationSchema.index({ holderPost: 1, submittedAt: -1 });
applicationSchema.index({ regionCodes: 1 });
applicationSchema.index({ status: 1, overdue: 1, dueDate: 1 });
// Health, disability, HIV, a parent in prison: the facts, and what staff wrote about them, are stored encrypted;
// the programme and the photos' kinds (an HIV allowance, a diagnosis) as tokens the queue filter still matches.
applicationSchema.plugin(
  sealedFields([
    { path: 'programme', kind: 'enum', values: programmeIds },
    { path: 'documents.*.kind', kind: 'enum', values: storedDocumentKinds },
    { path: 'facts', kind: 'json' },
    // A grant's lines name what it pays for (福彩圆梦助学金, 参照社会散居孤儿…), so they reveal the programme.
    { path: 'grant', kind: 'json' },
    // Each programme has its own routing reason and source (残疾人两项补贴由户籍地…): they would name it too.
    { path: 'routing.reason', kind: 'text' },
    { path: 'routing.source', kind: 'text' },
    { path: 'returnReason', kind: 'text' },
    // The hukou place's reason for refusing may name what the child lacks, as a rejection's does.
    { path: 'handover.answer.reason', kind: 'text' },
    { path: 'history.*.reason', kind: 'text' },
    { path: 'history.*.notes', kind: 'text' },
  ]),
);

/** The post a case is held by, as stored in `holderPost`. */
export const postKeyOf = (holder: Pick<HolderDoc, 'role' | 'regionCode'>): string => `${holder.role}:${holder.regionCode}`;

export function applicationModel(db: Connection): Model<ApplicationDoc> {
  return (db.models.Application as Model<ApplicationDoc> | undefined) ?? db.model<ApplicationDoc>('Application', applicationSchema);
}

/** The programme enters the key as its keyed hash: the key is stored, and unique-indexed, in plain. */
export const activeKeyOf = (db: Connection, childId: string, programme: ProgrammeId): string =>
  `${childId}:${fieldCipherOf(db).lookupHash(`programme:${programme}`)}`;
