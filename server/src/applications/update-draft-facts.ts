import type { ChildFacts } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { applicationModel, type ApplicationDoc } from './application-model';
import { familyApplication } from './family-application';
import { factsFromChild } from './start-draft';
import { loadChild } from './application-view';

/**
 * Replaces the family's answers while the application is theirs to edit (a draft, or returned for more
 * information). The whole set is written, so a save repeated on a weak network changes nothing.
 */
export async function updateDraftFacts(deps: AppDeps, accountId: string, applicationId: string, facts: ChildFacts): Promise<ApplicationDoc> {
  const doc = await familyApplication(deps.db, accountId, applicationId);
  const child = await loadChild(deps.db, doc.childId);
  const updated = await applicationModel(deps.db)
    .findOneAndUpdate(
      { _id: doc._id, status: { $in: ['draft', 'returned'] } },
      { $set: { facts: { ...facts, ...factsFromChild(child) } } },
      { returnDocument: 'after' },
    )
    .lean();
  if (!updated) throw new AppError('APPLICATION_NOT_EDITABLE');
  return updated;
}
