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
  /** The signed agreement that replaced this one (更换照护人), if any. */
  supersededBy: string | null;
  /** A replacement the parent has started and not yet had signed by both (so a second tap does not start another). */
  pendingReplacement: string | null;
}

const finalStatuses: readonly AgreementStatus[] = ['filed', 'expired', 'terminated', 'superseded', 'declined'];

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
  let status = finalStatuses.includes(doc.status) ? doc.status : signingStatus(doc.sealed, signatures);
  const { supersededBy, pendingReplacement } =
    status === 'signed' || status === 'filed' || status === 'superseded' ? await successors(db, doc._id) : { supersededBy: null, pendingReplacement: null };
  if (supersededBy) status = 'superseded';
  if (status !== doc.status) await agreementModel(db).updateOne({ _id: doc._id, status: doc.status }, { $set: { status } });
  return { doc: { ...doc, status }, status, contentHash, signatures, voidedSignatures, supersededBy, pendingReplacement: supersededBy ? null : pendingReplacement };
}

/**
 * The first agreement naming this one in `supersedes` that both parties have signed (or that has gone on to
 * be filed or to end): a change of caregiver takes effect when the new agreement is signed, worked out on
 * read like the signing status. Until then, the first replacement started is pending.
 */
async function successors(db: Connection, agreementId: string): Promise<{ supersededBy: string | null; pendingReplacement: string | null }> {
  const all = await agreementModel(db).find({ supersedes: agreementId }).sort({ createdAt: 1 }).lean();
  let pendingReplacement: string | null = null;
  for (const next of all) {
    if (finalStatuses.includes(next.status)) return { supersededBy: next._id, pendingReplacement: null };
    const hash = agreementContentHash(next);
    const signed = await agreementSignatureModel(db).find({ agreementId: next._id, contentHash: hash }, { party: 1 }).lean();
    if (signingStatus(next.sealed, signed) === 'signed') return { supersededBy: next._id, pendingReplacement: null };
    pendingReplacement ??= next._id;
  }
  return { supersededBy: null, pendingReplacement };
}

function signingStatus(sealed: boolean, signatures: Pick<AgreementSignatureDoc, 'party'>[]): AgreementStatus {
  if (!sealed) return 'draft';
  const parties = new Set(signatures.map((s) => s.party));
  return parties.has('parent') && parties.has('caregiver') ? 'signed' : 'awaitingSignatures';
}
