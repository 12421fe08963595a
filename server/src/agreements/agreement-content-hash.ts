import { createHash } from 'node:crypto';
import { canonicalAgreementContent } from '@ccs/shared';
import type { AgreementDoc } from './agreement-model';

export const sha256Hex = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

type Content = Pick<
  AgreementDoc,
  '_id' | 'template' | 'children' | 'caregiver' | 'caregiverDeclaration' | 'parents' | 'emergencyContacts' | 'period' | 'villageCode'
>;

/** SHA-256 of the agreement's canonical content (shared/src/agreements/canonical-content.ts). */
export function agreementContentHash(doc: Content): string {
  return sha256Hex(
    canonicalAgreementContent({
      agreementId: doc._id,
      template: doc.template,
      children: doc.children.map((child) => ({ name: child.name, residentId: child.residentId })),
      caregiver: doc.caregiver,
      caregiverDeclaration: doc.caregiverDeclaration,
      parents: doc.parents,
      emergencyContacts: doc.emergencyContacts,
      period: doc.period,
      villageCode: doc.villageCode,
    }),
  );
}
