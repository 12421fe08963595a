import { isStaffRole, reviewStatuses, type ApplicationStatus } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import { refusedApplication } from '../audit/refused-access';
import type { Principal } from '../http/app-state';
import type { ApplicationDoc } from '../applications/application-model';
import { canSeeCase, holdsCase } from '../applications/staff-access';

/** The family removes photos only while the application is in its hands. */
export const familyEditable: readonly ApplicationStatus[] = ['draft', 'returned'];
/**
 * It adds them as long as the case is open: a missing document never blocks submission, so a photo found
 * later (可以先提交，之后再补) is sent straight to the staff reviewing the case.
 */
export const familyAddable: readonly ApplicationStatus[] = [...familyEditable, ...reviewStatuses];

const isOwner = (principal: Principal, doc: ApplicationDoc): boolean =>
  principal.roles.includes('family') && doc.guardianAccountId.toHexString() === principal.accountId;
const isStaff = (principal: Principal): boolean => principal.roles.some(isStaffRole);

/** Refusal for someone with no part in the case, family or staff: it reads as not found, and is audited. */
function notTheirs(doc: ApplicationDoc): never {
  throw refusedApplication(doc, 'photos of a case the caller has no part in');
}

/**
 * Who is uploading: the owning family (its supporting documents), or the staff member in the post that
 * holds the case now (home-visit photos). Staff who can see the case but do not hold it are refused.
 */
export function uploaderOf(principal: Principal, doc: ApplicationDoc | null): 'family' | 'staff' {
  if (!doc) throw new AppError('NOT_FOUND');
  if (isOwner(principal, doc)) {
    if (!familyAddable.includes(doc.status)) throw new AppError('APPLICATION_NOT_EDITABLE');
    return 'family';
  }
  if (isStaff(principal) && doc.status !== 'draft' && canSeeCase(principal, doc)) {
    if (!holdsCase(principal, doc.holder)) throw new AppError('FORBIDDEN', { detail: 'case held by another post' });
    return 'staff';
  }
  return notTheirs(doc);
}

/** Who may look at a case's photos: its family, and the staff chain that handles it (every staff view is audited). */
export function viewerOf(principal: Principal, doc: ApplicationDoc | null): 'family' | 'staff' {
  if (!doc) throw new AppError('NOT_FOUND');
  if (isOwner(principal, doc)) return 'family';
  if (isStaff(principal) && doc.status !== 'draft' && canSeeCase(principal, doc)) return 'staff';
  return notTheirs(doc);
}

/** Only the family removes photos, its own, while the application is in its hands. */
export function assertFamilyEditor(principal: Principal, doc: ApplicationDoc | null): ApplicationDoc {
  if (!doc) throw new AppError('NOT_FOUND');
  if (!isOwner(principal, doc)) notTheirs(doc);
  if (!familyEditable.includes(doc.status)) throw new AppError('APPLICATION_NOT_EDITABLE');
  return doc;
}
