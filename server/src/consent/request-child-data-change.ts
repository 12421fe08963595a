import { Types } from 'mongoose';
import type { DataRequestInput } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedAccess } from '../audit/refused-access';
import { insertOnce } from '../db/insert-once';
import { childModel } from '../children/child-model';
import { dataRequestModel, type DataRequestDoc } from './data-request-model';
import { deleteChildData } from './delete-child-data';

const deletedOutcome = '孩子的信息已经删除，系统里不再保存。';

/**
 * A family asks to correct or delete a child's data; it needs no consent, so a family that withdrew can
 * still ask. A correction, or a deletion of a child with a submitted application or an agreement, waits for
 * the child's village director or the county bureau (they keep the case record); any other deletion is done
 * at once and the request is recorded as done. The app's id makes a retry return the first request.
 */
export async function requestChildDataChange(
  deps: Pick<AppDeps, 'db'>,
  accountId: string,
  input: Required<DataRequestInput>,
  now = new Date(),
): Promise<{ request: DataRequestDoc; created: boolean }> {
  const Request = dataRequestModel(deps.db);
  const guardian = new Types.ObjectId(accountId);
  let request = await Request.findById(input.id).lean();
  if (request && !request.accountId.equals(guardian)) {
    throw refusedAccess({ kind: 'dataRequest', id: input.id, regionCodes: request.regions, childIds: [request.childId] }, 'another family’s request');
  }
  const created = !request;
  if (!request) {
    const child = await childModel(deps.db).findOne({ _id: input.childId, guardianAccountId: guardian }).lean();
    if (!child) throw new AppError('NOT_FOUND', { fields: { 'body.childId': '没有找到这个孩子，请从列表中选择' } });
    const fields = {
      _id: input.id,
      accountId: guardian,
      kind: input.kind,
      childId: child._id,
      childName: child.name,
      note: input.note,
      regions: [child.hukouRegion, ...(child.residenceRegion ? [child.residenceRegion] : [])],
      status: 'open' as const,
      outcome: null,
      closedBy: null,
      createdAt: now,
      closedAt: null,
    };
    // A repeated request (the same client-made id) finds the first one's.
    await insertOnce(Request, fields);
    request = (await Request.findById(input.id).lean())!;
  }
  if (request.kind === 'delete' && request.status === 'open' && (await deleteChildData(deps, accountId, request.childId))) {
    await Request.updateOne({ _id: request._id }, { $set: { status: 'done', outcome: deletedOutcome, childName: null, closedAt: now } });
    request = (await Request.findById(input.id).lean())!;
  }
  return { request, created };
}
