import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedChild } from '../audit/refused-access';
import { deleteChildData } from '../consent/delete-child-data';
import { childDependency } from './child-dependency';
import { childModel } from './child-model';

/**
 * A family removes a child it added (by mistake, or twice): the child and its drafts go. A submitted
 * application or a care agreement keeps the child, and the refusal names it. Removing a removed child is fine.
 */
export async function removeChild(deps: Pick<AppDeps, 'db'>, accountId: string, childId: string): Promise<void> {
  const guardian = new Types.ObjectId(accountId);
  const child = await childModel(deps.db).findById(childId, { guardianAccountId: 1, name: 1, hukouRegion: 1, residenceRegion: 1 }).lean();
  if (!child) return;
  if (!child.guardianAccountId.equals(guardian)) throw refusedChild(child, 'another family’s child');
  const keeper = await childDependency(deps.db, guardian, childId);
  if (keeper || !(await deleteChildData(deps, accountId, childId))) {
    throw new AppError('CHILD_IN_USE', { data: { child: child.name, record: keeper ?? '申请或协议' } });
  }
}
