import type { AuditTargetKind } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { ApplicationDoc } from '../applications/application-model';

/** What a refused reach for someone else's data was about: the target and the villages and children it concerns. */
export interface RefusedTarget {
  kind: AuditTargetKind;
  id: string;
  regionCodes: string[];
  childIds?: string[];
  /** A case's reference number, which the county reads in the entry. */
  reference?: string | null;
}

/**
 * The answer to someone reaching for another region's or another family's data: 404 exactly as for something that
 * does not exist, since ids are sequential and a 403 would tell which exist; the refusal itself goes to the audit
 * log as `access.refused` (`mountRoutes`), so the county learns that someone is probing.
 */
export function refusedAccess(target: RefusedTarget, detail: string): AppError {
  return new AppError('NOT_FOUND', { detail, refused: target });
}

/** The same for a child of another family: its villages. */
export function refusedChild(child: { _id: string; hukouRegion: string; residenceRegion?: string | null }, detail: string): AppError {
  const regionCodes = [child.hukouRegion, ...(child.residenceRegion ? [child.residenceRegion] : [])];
  return refusedAccess({ kind: 'child', id: child._id, regionCodes, childIds: [child._id] }, detail);
}

/** The same for an application or case: the villages it was routed to and is held in, as its audit entries carry. */
export function refusedApplication(doc: Pick<ApplicationDoc, '_id' | 'routing' | 'holder' | 'regionCodes' | 'childId' | 'reference'>, detail: string): AppError {
  const routed = [doc.routing?.regionCode, doc.holder?.regionCode].filter((code): code is string => !!code);
  const regionCodes = routed.length > 0 ? routed : doc.regionCodes;
  return refusedAccess({ kind: 'application', id: String(doc._id), regionCodes, childIds: [doc.childId], reference: doc.reference }, detail);
}
