import { Schema, type Connection, type Model, type Types } from 'mongoose';
import type { AgreementStatus, DeclineReason, Duty, IsoDate } from '@ccs/shared';
import { sealedFields } from '../crypto/sealed-fields';

export interface AgreementChildDoc {
  childId: string;
  name: string;
  /** Stored encrypted, as every ID number (crypto/sealed-fields.ts). */
  residentId: string;
  birthDate: IsoDate;
  /** Where the child lives (residence village, else hukou village): the village that files the agreement. */
  villageCode: string;
}

export interface AgreementDoc {
  /** Made by the app (a UUID): a retried save on a weak network makes one draft. */
  _id: string;
  parentAccountId: Types.ObjectId;
  /** The account that accepted the invitation; null until then. */
  caregiverAccountId: Types.ObjectId | null;
  children: AgreementChildDoc[];
  caregiver: { name: string; residentId: string; phone: string; relation: string };
  caregiverDeclaration: boolean;
  parents: { role: string; name: string; phone: string; workPlace: string }[];
  emergencyContacts: { name: string; phone: string; relation: string }[];
  period: { start: IsoDate; end: IsoDate };
  template: { id: string; version: number; title: string; duties: Duty[] };
  villageCode: string;
  /**
   * A cache for queries: draft/awaitingSignatures/signed are recomputed from the signatures on every read
   * (loadAgreement); filed, expired, terminated and superseded are set by their steps and final.
   */
  status: AgreementStatus;
  /** True from the first signature on: from then every edit voids the signatures (docs/policy.md, issue 4 §3). */
  sealed: boolean;
  /** SHA-256 of the canonical content; kept in step with the content by every write. */
  contentHash: string;
  verificationCode: string;
  filedAt: Date | null;
  filedBy: Types.ObjectId | null;
  /** Bumped by every content change, so a signer can say which version they read. */
  version: number;
  /** 更换照护人: the agreement this one replaces once signed (the old one then reads as superseded). */
  supersedes?: string | null;
  /** Ended early by the parent (from `<id>:terminated`). */
  termination?: { on: IsoDate; reason: string; at: Date } | null;
  /** The director's finding from a visit (from `<id>:caregiverUnable`): the parents must choose another caregiver. */
  caregiverUnable?: { at: Date; notes: string; by: Types.ObjectId } | null;
  /** The invited caregiver said no before signing (from `<id>:declined`), with the reason chosen from the short list. */
  declined?: { at: Date; reason: DeclineReason | null } | null;
  createdAt: Date;
  updatedAt: Date;
}

const agreementSchema = new Schema<AgreementDoc>(
  {
    _id: { type: String, required: true },
    parentAccountId: { type: Schema.Types.ObjectId, required: true },
    caregiverAccountId: { type: Schema.Types.ObjectId, default: null },
    children: { type: Schema.Types.Mixed, required: true },
    caregiver: { type: Schema.Types.Mixed, required: true },
    caregiverDeclaration: { type: Boolean, required: true },
    parents: { type: Schema.Types.Mixed, required: true },
    emergencyContacts: { type: Schema.Types.Mixed, required: true },
    period: { type: Schema.Types.Mixed, required: true },
    template: { type: Schema.Types.Mixed, required: true },
    villageCode: { type: String, required: true },
    status: { type: String, required: true },
    sealed: { type: Boolean, default: false },
    contentHash: { type: String, required: true },
    verificationCode: { type: String, required: true },
    filedAt: { type: Date, default: null },
    filedBy: { type: Schema.Types.ObjectId, default: null },
    version: { type: Number, default: 1 },
    supersedes: { type: String, default: null },
    termination: { type: Schema.Types.Mixed, default: null },
    caregiverUnable: { type: Schema.Types.Mixed, default: null },
    declined: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'agreements', timestamps: true, versionKey: false, minimize: false },
);
agreementSchema.plugin(
  sealedFields([
    { path: 'children.*.residentId', kind: 'text' },
    { path: 'children.*.name', kind: 'text' },
    { path: 'children.*.birthDate', kind: 'text' },
    { path: 'caregiver.residentId', kind: 'text' },
    { path: 'caregiver.name', kind: 'text' },
    { path: 'caregiver.phone', kind: 'text' },
    { path: 'caregiver.relation', kind: 'text' },
    { path: 'parents.*.name', kind: 'text' },
    { path: 'parents.*.phone', kind: 'text' },
    { path: 'parents.*.workPlace', kind: 'text' },
    { path: 'emergencyContacts.*.name', kind: 'text' },
    { path: 'emergencyContacts.*.phone', kind: 'text' },
    { path: 'emergencyContacts.*.relation', kind: 'text' },
    { path: 'termination.reason', kind: 'text' },
    { path: 'caregiverUnable.notes', kind: 'text' },
  ]),
);

export function agreementModel(db: Connection): Model<AgreementDoc> {
  return (db.models.Agreement as Model<AgreementDoc> | undefined) ?? db.model<AgreementDoc>('Agreement', agreementSchema);
}
