import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { applicationModel } from '../applications/application-model';
import { loadCase } from '../applications/case-step';
import { assertFamilyEditor, familyEditable } from './document-access';
import { documentModel } from './document-model';

/**
 * The family takes back one of its photos while the application is in its hands. Deleting a photo that
 * is already gone succeeds, so a retried delete is harmless; home-visit photos are the staff's record.
 */
export async function deleteDocument(deps: AppDeps, principal: Principal, applicationId: string, documentId: string): Promise<void> {
  const doc = assertFamilyEditor(principal, await loadCase(deps.db, applicationId));
  const listed = doc.documents.find((meta) => meta.id === documentId);
  if (listed && listed.uploadedBy !== 'family') throw new AppError('FORBIDDEN', { detail: 'home-visit photos stay on the case' });
  const Applications = applicationModel(deps.db);
  const condition = { _id: doc._id, status: { $in: familyEditable } };
  // The element is pulled by its whole value: FerretDB v1's $pull matches values, not query conditions.
  // Read back and repeat, as for the push: on FerretDB v1 a step written at the same instant can undo the pull.
  let current: Pick<typeof doc, 'documents' | 'status'> | null = doc;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const element = current?.documents.find((meta) => meta.id === documentId);
    if (!element) break;
    if (!familyEditable.includes(current!.status)) throw new AppError('APPLICATION_NOT_EDITABLE');
    await Applications.updateOne(condition, { $pull: { documents: element } });
    current = await Applications.findById(doc._id, { documents: 1, status: 1 }).lean();
  }
  if (current?.documents.some((meta) => meta.id === documentId)) throw new AppError('APPLICATION_NOT_EDITABLE');
  await documentModel(deps.db).deleteOne({ _id: documentId, applicationId: doc._id, uploadedBy: 'family' });
}
