import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { applicationModel } from '../applications/application-model';
import { agreementModel } from '../agreements/agreement-model';
import { documentModel } from '../documents/document-model';
import { childModel } from '../children/child-model';

/**
 * Deletes a child the family may delete alone: one never submitted for anything and in no care agreement.
 * Drafts and their photos go with it. Returns false when staff must decide (a submitted application or an
 * agreement is a record the bureau keeps), true when the child is gone, also when a retry finds it gone.
 */
export async function deleteChildData(deps: Pick<AppDeps, 'db'>, accountId: string, childId: string): Promise<boolean> {
  const guardian = new Types.ObjectId(accountId);
  const Application = applicationModel(deps.db);
  const applications = await Application.find({ childId, guardianAccountId: guardian }, { status: 1 }).lean();
  if (applications.some((doc) => doc.status !== 'draft')) return false;
  // Agreements hold their children as embedded copies; a family has few, so they are read and checked here.
  const agreements = await agreementModel(deps.db).find({ parentAccountId: guardian }, { children: 1 }).lean();
  if (agreements.some((doc) => doc.children.some((child) => child.childId === childId))) return false;
  const drafts = applications.map((doc) => doc._id);
  await documentModel(deps.db).deleteMany({ applicationId: { $in: drafts } });
  await Application.deleteMany({ _id: { $in: drafts }, status: 'draft' });
  await childModel(deps.db).deleteOne({ _id: childId, guardianAccountId: guardian });
  return true;
}
