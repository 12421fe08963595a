import type { Connection } from 'mongoose';
import {
  agreementStatusLabels,
  caregiverRelationLabels,
  declineReasonLabels,
  maskResidentId,
  parentRoleLabels,
  type Agreement,
  type CaregiverRelation,
  type ParentRole,
} from '@ccs/shared';
import { regionRef } from '../children/child-view';
import type { AgreementSignatureDoc } from './agreement-signature-model';
import type { AgreementViewer } from './agreement-access';
import type { LoadedAgreement } from './load-agreement';
import { formatCheckCode } from '@ccs/shared/agreements/check-code';
import { claimCheckCode } from './claim-check-code';

/** Where the portal's verification page lives; the QR code and the link sent to the school carry it. */
export const verificationPathOf = (code: string): string => `/#/packages/agreements/pages/verify/index?code=${code}`;

const toSignature = (s: AgreementSignatureDoc) => ({
  party: s.party,
  name: s.name,
  at: s.at.toISOString(),
  contentHash: s.contentHash,
  imageHash: s.imageHash,
});

/**
 * The agreement as its parties and the staff in scope see it: ID numbers masked for everyone, and nothing of
 * the children's application facts (health, disability, a parent in prison), so a caregiver never sees the
 * sensitive categories (issue 4 §8; docs/policy.md "Privacy").
 */
export async function toAgreementView(db: Connection, loaded: LoadedAgreement, viewer: AgreementViewer): Promise<Agreement> {
  const { doc } = loaded;
  const [village, checkCode] = await Promise.all([
    regionRef(db, doc.villageCode),
    doc.sealed ? claimCheckCode(db, doc._id, loaded.contentHash) : null,
  ]);
  return {
    id: doc._id,
    status: loaded.status,
    statusLabel: agreementStatusLabels[loaded.status],
    children: doc.children.map((child) => ({ id: child.childId, name: child.name, maskedResidentId: maskResidentId(child.residentId) })),
    caregiver: {
      name: doc.caregiver.name,
      maskedResidentId: maskResidentId(doc.caregiver.residentId),
      phone: doc.caregiver.phone,
      relation: caregiverRelationLabels[doc.caregiver.relation as CaregiverRelation] ?? doc.caregiver.relation,
    },
    caregiverDeclaration: doc.caregiverDeclaration,
    parents: doc.parents.map((parent) => ({ ...parent, role: parentRoleLabels[parent.role as ParentRole] ?? parent.role })),
    emergencyContacts: doc.emergencyContacts,
    period: doc.period,
    template: doc.template,
    contentHash: doc.sealed ? loaded.contentHash : null,
    checkCode: checkCode && formatCheckCode(checkCode),
    signatures: loaded.signatures.map(toSignature),
    voidedSignatures: loaded.voidedSignatures.map(toSignature),
    village: { code: village.code, name: village.name },
    verificationCode: doc.sealed ? doc.verificationCode : null,
    verificationPath: doc.sealed ? verificationPathOf(doc.verificationCode) : null,
    filedAt: doc.filedAt ? doc.filedAt.toISOString() : null,
    viewerParty: viewer,
    caregiverJoined: doc.caregiverAccountId !== null,
    supersedes: doc.supersedes ?? null,
    supersededBy: loaded.supersededBy,
    // Only the parent who would continue it needs to know.
    pendingReplacement: viewer === 'parent' ? loaded.pendingReplacement : null,
    termination: doc.termination ? { on: doc.termination.on, reason: doc.termination.reason } : null,
    caregiverUnable: doc.caregiverUnable ? { at: new Date(doc.caregiverUnable.at).toISOString(), notes: doc.caregiverUnable.notes } : null,
    declined: doc.declined
      ? { at: new Date(doc.declined.at).toISOString(), reason: doc.declined.reason ? declineReasonLabels[doc.declined.reason] : null }
      : null,
    version: doc.version,
    updatedAt: doc.updatedAt.toISOString(),
  };
}

/** 王秀英 → 王*英, 王芳 → 王*: enough for a school to recognise the signer, not enough to identify a stranger. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return '*';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
