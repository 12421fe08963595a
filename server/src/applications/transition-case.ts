import { Types } from 'mongoose';
import { actionsNeedingNotes, actionsNeedingReason, actionsNeedingReference, isReviewStatus, nextStatus, type TransitionRequest } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { accountModel } from '../auth/account-model';
import { AppError } from '../errors/app-error';
import { refusedApplication } from '../audit/refused-access';
import type { Principal } from '../http/app-state';
import { loadParameterSet } from '../parameters/load-parameter-set';
import type { ApplicationDoc } from './application-model';
import { commitStep, enterStage, loadCase } from './case-step';
import { fixGrant } from './fix-grant';
import { handoverRecord } from './handover-record';
import { canSeeCase, holdsCase } from './staff-access';

/**
 * One staff action on a case, committed as the case's next step (see `commitStep`) from the version the
 * staff member saw: when two act at once exactly one succeeds and the other is told the case has just changed (409).
 */
export async function transitionCase(
  deps: AppDeps,
  principal: Principal,
  applicationId: string,
  request: TransitionRequest,
  requestKey: string | null,
  now = new Date(),
): Promise<ApplicationDoc> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const doc = await loadCase(deps.db, applicationId);
    // A retry of an action that already went through (the answer was lost on the way back) gets the case as it is.
    if (doc && requestKey && doc.history.some((entry) => entry.requestKey === requestKey) && canSeeCase(principal, doc)) return doc;
    const updated = await tryTransition(deps, principal, doc, request, requestKey, now);
    // Claimed first by a step that leaves the version alone (an overdue mark): try again from the new state.
    if (updated) return updated;
  }
  throw new AppError('STALE_VERSION');
}

async function tryTransition(
  deps: AppDeps,
  principal: Principal,
  doc: ApplicationDoc | null,
  request: TransitionRequest,
  requestKey: string | null,
  now: Date,
): Promise<ApplicationDoc | null> {
  if (!doc || doc.status === 'draft') throw new AppError('NOT_FOUND');
  if (!canSeeCase(principal, doc)) throw refusedApplication(doc, 'case outside the caller’s region');
  if (doc.version !== request.expectedVersion) throw new AppError('STALE_VERSION');
  const to = nextStatus(doc.status, request.action);
  if (!to || !isReviewStatus(doc.status)) throw new AppError('INVALID_TRANSITION', { detail: `${request.action} from ${doc.status}` });
  if (!holdsCase(principal, doc.holder)) throw new AppError('FORBIDDEN', { detail: 'case held by another post' });
  if (actionsNeedingReason.includes(request.action) && !request.reason) throw new AppError('REASON_REQUIRED');
  if (actionsNeedingNotes.includes(request.action) && !request.notes) throw new AppError('NOTES_REQUIRED');
  if (actionsNeedingReference.includes(request.action) && !request.reference) {
    throw new AppError('VALIDATION_FAILED', { fields: { 'body.reference': '请填写户籍地民政部门给的受理编号' } });
  }

  const params = await loadParameterSet(deps.db);
  const stage = isReviewStatus(to) ? await enterStage(deps.db, params, doc.programme, doc.routing!, to, now) : null;
  const account = await accountModel(deps.db).findById(principal.accountId, { name: 1 }).lean();
  const set: Partial<ApplicationDoc> = {};
  if (request.action === 'approve') set.grant = fixGrant(doc, params, now, request.amount);
  if (request.action === 'return') Object.assign(set, { returnedFrom: doc.status, returnReason: request.reason });
  const handover = await handoverRecord(deps.db, doc, request, stage?.dueDate, now);
  if (handover) set.handover = handover;
  // A grant paid month after month stays the child's live one, keeping the key; a one-off is over once granted.
  // A case the hukou place answered is theirs from then on (accepted) or over (refused).
  const ends = to === 'rejected' || to === 'hukouAccepted' || to === 'hukouRefused' || (to === 'approved' && set.grant?.once != null);
  if (ends) set.activeKey = `${doc.activeKey}:closed:${doc._id.toHexString()}`;
  return commitStep(deps.db, doc, {
    event: request.action,
    actor: { accountId: new Types.ObjectId(principal.accountId), role: doc.holder!.role, name: account?.name ?? null },
    from: doc.status,
    to,
    stage,
    reason: request.reason ?? null,
    notes: request.notes ?? null,
    requestKey,
    now,
    set,
  });
}
