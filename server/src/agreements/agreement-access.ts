import { isStaffRole, isWithinScope } from '@ccs/shared';
import { refusedAccess } from '../audit/refused-access';
import type { Principal } from '../http/app-state';
import type { AgreementDoc } from './agreement-model';

export type AgreementViewer = 'parent' | 'caregiver' | 'staff';

/**
 * How the caller stands to the agreement: the parent who drafted it, the caregiver who accepted the
 * invitation, or staff whose scope covers the children's village (docs/policy.md "Region codes"). Anyone else, staff
 * of another region included, learns nothing (404, as for no agreement), and the refusal is audited.
 */
export function agreementViewer(principal: Principal, doc: Pick<AgreementDoc, '_id' | 'parentAccountId' | 'caregiverAccountId' | 'villageCode'>): AgreementViewer {
  if (doc.parentAccountId.toString() === principal.accountId) return 'parent';
  if (doc.caregiverAccountId?.toString() === principal.accountId) return 'caregiver';
  if (staffCovers(principal, doc.villageCode)) return 'staff';
  throw refusedAccess({ kind: 'agreement', id: String(doc._id), regionCodes: [doc.villageCode] }, 'not a party to the agreement');
}

/** Staff whose scope covers the village. */
export const staffCovers = (principal: Principal, villageCode: string): boolean =>
  principal.roles.some(isStaffRole) && principal.regionScope !== null && isWithinScope(principal.regionScope, villageCode);
