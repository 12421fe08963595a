import { Types } from 'mongoose';
import { childFactsSchema, CONSENT_VERSION, toIsoDate, type ReviewStatus } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { loadParameterSet } from '../parameters/load-parameter-set';
import type { ApplicationDoc } from './application-model';
import { loadChild } from './application-view';
import { commitStep, enterStage, loadCase } from './case-step';
import { familyApplication } from './family-application';
import { nextReference } from './next-reference';
import { routeApplication } from './route-application';

/**
 * Sends a draft to the responsible village (or back to the stage that returned it). Missing documents never
 * block it: the case lists them for staff and family. The idempotency key makes a retry on a weak network
 * return the first result instead of an error; the conditional update on status and version makes two
 * racing submissions produce one case.
 */
export async function submitApplication(
  deps: AppDeps,
  accountId: string,
  applicationId: string,
  idempotencyKey: string,
  now = new Date(),
): Promise<ApplicationDoc> {
  const doc = await familyApplication(deps.db, accountId, applicationId);
  if (doc.submitIdempotencyKey === idempotencyKey) return doc;
  if (doc.status !== 'draft' && doc.status !== 'returned') throw new AppError('APPLICATION_NOT_EDITABLE');
  const facts = childFactsSchema.safeParse(doc.facts);
  if (!facts.success) throw new AppError('VALIDATION_FAILED', { detail: 'stored facts no longer valid' });

  const params = await loadParameterSet(deps.db);
  let routing = doc.routing;
  let stage: ReviewStatus;
  if (doc.status === 'draft' || !routing) {
    const routed = await routeApplication(deps.db, await loadChild(deps.db, doc.childId), doc.programme);
    routing = routed.routing;
    stage = routed.stage;
  } else {
    stage = doc.returnedFrom ?? 'villageVerification';
  }
  const entered = await enterStage(deps.db, params, doc.programme, routing, stage, now);
  const reference = doc.reference ?? (await nextReference(deps.db, routing.regionCode.slice(0, 6), toIsoDate(now).slice(0, 4)));
  const updated = await commitStep(deps.db, doc, {
    event: doc.status === 'draft' ? 'submitted' : 'resubmitted',
    actor: { accountId: new Types.ObjectId(accountId), role: 'family', name: null },
    from: doc.status,
    to: stage,
    stage: entered,
    now,
    set: {
      reference,
      routing,
      returnedFrom: null,
      returnReason: null,
      submitIdempotencyKey: idempotencyKey,
      ...(doc.submittedAt ? {} : { submittedAt: now }),
      consent: { version: CONSENT_VERSION, at: now },
    },
  });
  if (updated) return updated;
  const current = await loadCase(deps.db, doc._id);
  if (current?.submitIdempotencyKey === idempotencyKey) return current;
  throw new AppError('STALE_VERSION');
}
