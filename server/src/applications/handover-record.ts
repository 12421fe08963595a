import type { Connection } from 'mongoose';
import { civilAffairsOfficeName, crossRegionScope, type TransitionRequest } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import { regionPath } from '../regions/region-path';
import type { ApplicationDoc, HandoverDoc } from './application-model';
import { loadChild } from './application-view';

/**
 * The hand-over record a step writes onto the case (docs/policy.md "Hand-over to the hukou place"): sending it names
 * the civil-affairs office of the child's hukou county and the date its answer is due (the new stage's due date);
 * the answer keeps the office's reference (accepted) or its reason (refused). Other actions write none.
 */
export async function handoverRecord(
  db: Connection,
  doc: ApplicationDoc,
  request: TransitionRequest,
  answerDue: string | undefined,
  now: Date,
): Promise<HandoverDoc | undefined> {
  if (request.action === 'handOver') {
    const child = await loadChild(db, doc.childId);
    const county = child.hukouRegion.slice(0, 6);
    return {
      scope: crossRegionScope(child.hukouRegion, doc.routing!.regionCode),
      officeCode: county,
      officeName: civilAffairsOfficeName(await regionPath(db, county)),
      sentAt: now,
      answerDue: answerDue!,
      answer: null,
    };
  }
  if (request.action === 'hukouAccept' || request.action === 'hukouRefuse') {
    if (!doc.handover) throw new AppError('INVALID_TRANSITION', { detail: 'no hand-over on record' });
    const accepted = request.action === 'hukouAccept';
    return { ...doc.handover, answer: { accepted, reference: accepted ? request.reference! : null, reason: accepted ? null : request.reason!, at: now } };
  }
  return undefined;
}
