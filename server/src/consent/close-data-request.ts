import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedAccess } from '../audit/refused-access';
import type { Principal } from '../http/app-state';
import { canSeeChild } from '../applications/staff-access';
import { dataRequestModel, type DataRequestDoc } from './data-request-model';

/**
 * Staff whose scope covers the child's village close a request, saying what they did; the family reads it.
 * A request already closed is returned as it is, so a retried tap changes nothing.
 */
export async function closeDataRequest(deps: Pick<AppDeps, 'db'>, principal: Principal, requestId: string, outcome: string): Promise<DataRequestDoc> {
  const Request = dataRequestModel(deps.db);
  const request = await Request.findById(requestId).lean();
  if (!request) throw new AppError('NOT_FOUND');
  if (!canSeeChild(principal, request.regions)) {
    throw refusedAccess({ kind: 'dataRequest', id: requestId, regionCodes: request.regions, childIds: [request.childId] }, 'request outside the caller’s region');
  }
  if (request.status === 'done') return request;
  await Request.updateOne(
    { _id: requestId, status: 'open' },
    { $set: { status: 'done', outcome, closedBy: new Types.ObjectId(principal.accountId), closedAt: new Date() } },
  );
  return (await Request.findById(requestId).lean())!;
}
