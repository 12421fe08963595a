import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { loadCase } from '../applications/case-step';
import { sensitiveScreen } from '../applications/sensitive-screen';
import { viewerOf } from './document-access';
import { documentModel, type DocumentDoc } from './document-model';

/**
 * A photo's bytes for its family or the staff chain handling the case. Every staff view is written to
 * the audit log before the bytes leave (the route's `audit`; docs/policy.md "Privacy": record who looked at it).
 */
export async function openDocument(
  deps: AppDeps,
  principal: Principal,
  applicationId: string,
  documentId: string,
): Promise<DocumentDoc> {
  const doc = await loadCase(deps.db, applicationId);
  const viewer = viewerOf(principal, doc);
  const stored = await documentModel(deps.db).findOne({ _id: documentId, applicationId: doc!._id }).lean();
  if (!stored) throw new AppError('NOT_FOUND');
  // A need-to-know document (a diagnosis) answers as if it were not there, and the refusal is audited.
  if (viewer === 'staff' && sensitiveScreen(principal, doc!).hidesDocument(stored.kind)) throw new AppError('NOT_FOUND', { detail: WITHHELD_DOCUMENT });
  return stored;
}

/** The detail of the refusal of a need-to-know document, which the route records. */
export const WITHHELD_DOCUMENT = 'need-to-know document withheld';
