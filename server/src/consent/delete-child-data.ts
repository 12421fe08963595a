import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { applicationModel } from '../applications/application-model';
import { documentModel } from '../documents/document-model';
import { childModel } from '../children/child-model';
import { childDependency } from '../children/child-dependency';

/**
 * Deletes a child the family may delete alone: one never submitted for anything and in no care agreement.
 * Drafts and their photos go with it. Returns false when staff must decide (a submitted application or an
 * agreement is a record the bureau keeps), true when the child is gone, also when a retry finds it gone.
 */
export async function deleteChildData(deps: Pick<AppDeps, 'db'>, accountId: string, childId: string): Promise<boolean> {
  const guardian = new Types.ObjectId(accountId);
  if (await childDependency(deps.db, guardian, childId)) return false;
  const Application = applicationModel(deps.db);
  const applications = await Application.find({ childId, guardianAccountId: guardian, status: 'draft' }, { _id: 1 }).lean();
  const drafts = applications.map((doc) => doc._id);
  await documentModel(deps.db).deleteMany({ applicationId: { $in: drafts } });
  await Application.deleteMany({ _id: { $in: drafts }, status: 'draft' });
  await childModel(deps.db).deleteOne({ _id: childId, guardianAccountId: guardian });
  return true;
}
