import type { Connection } from 'mongoose';
import type { AgreementStatus } from '@ccs/shared';
import { agreementModel, type AgreementDoc } from './agreement-model';
import { agreementSignatureModel, type AgreementSignatureDoc } from './agreement-signature-model';
import { agreementContentHash } from './agreement-content-hash';

export interface LoadedAgreement {
  doc: AgreementDoc;
  status: AgreementStatus;
  /** The SHA-256 of the content as it is now. */
  contentHash: string;
  /** Signatures on the current content, parent first. */
  signatures: AgreementSignatureDoc[];
  /** Signatures on an earlier content: an edit after sealing voided them. */
  voidedSignatures: AgreementSignatureDoc[];
}

const finalStatuses: readonly AgreementStatus[] = ['filed', 'expired', 'terminated', 'superseded'];

/**
 * The agreement and its signatures, with the signing status worked out from them rather than trusted from
 * the stored field, so two signatures racing on FerretDB (whose conditional updates are not atomic) cannot
 * leave it wrong: `signed` exactly when parent and caregiver signed the current content hash.
 */
export async function loadAgreement(db: Connection, agreementId: string): Promise<LoadedAgreement | null> {
  const doc = await agreementModel(db).findById(agreementId).lean();
  return doc ? withSignatures(db, doc) : null;
}

export async function withSignatures(db: Connection, doc: AgreementDoc): Promise<LoadedAgreement> {
  const all = await agreementSignatureModel(db).find({ agreementId: doc._id }).sort({ at: 1 }).lean();
  const contentHash = agreementContentHash(doc);
  const signatures = all.filter((s) => s.contentHash === contentHash).sort((a, b) => (a.party < b.party ? 1 : -1));
  const voidedSignatures = all.filter((s) => s.contentHash !== contentHash);
  const status = finalStatuses.includes(doc.status) ? doc.status : signingStatus(doc.sealed, signatures);
  if (status !== doc.status) await agreementModel(db).updateOne({ _id: doc._id, status: doc.status }, { $set: { status } });
  return { doc: { ...doc, status }, status, contentHash, signatures, voidedSignatures };
}

function signingStatus(sealed: boolean, signatures: AgreementSignatureDoc[]): AgreementStatus {
  if (!sealed) return 'draft';
  const parties = new Set(signatures.map((s) => s.party));
  return parties.has('parent') && parties.has('caregiver') ? 'signed' : 'awaitingSignatures';
}
