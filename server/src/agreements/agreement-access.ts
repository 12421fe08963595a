import { isStaffRole, isWithinScope } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import type { AgreementDoc } from './agreement-model';

export type AgreementViewer = 'parent' | 'caregiver' | 'staff';

/**
 * How the caller stands to the agreement: the parent who drafted it, the caregiver who accepted the
 * invitation, or staff whose scope covers the children's village (DOMAIN.md "Region codes"). Anyone else
 * learns nothing (404); staff of another region are told it is outside their region (403).
 */
export function agreementViewer(principal: Principal, doc: Pick<AgreementDoc, 'parentAccountId' | 'caregiverAccountId' | 'villageCode'>): AgreementViewer {
  if (doc.parentAccountId.toString() === principal.accountId) return 'parent';
  if (doc.caregiverAccountId?.toString() === principal.accountId) return 'caregiver';
  if (principal.roles.some(isStaffRole) && principal.regionScope !== null) {
    if (isWithinScope(principal.regionScope, doc.villageCode)) return 'staff';
    throw new AppError('OUT_OF_REGION');
  }
  throw new AppError('NOT_FOUND', { detail: 'not a party to the agreement' });
}

/** Staff whose scope covers the village. */
export const staffCovers = (principal: Principal, villageCode: string): boolean =>
  principal.roles.some(isStaffRole) && principal.regionScope !== null && isWithinScope(principal.regionScope, villageCode);
