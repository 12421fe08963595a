import type { Connection } from 'mongoose';
import {
  actionsFor,
  amountOrNotEntered,
  applicationStatusLabels,
  toIsoDate,
  type CaseDetail,
  type CaseSummary,
  type ParameterSet,
} from '@ccs/shared';
import type { Principal } from '../http/app-state';
import { regionRef } from '../children/child-view';
import type { ChildDoc } from '../children/child-model';
import type { ApplicationDoc } from './application-model';
import { isOverdue, programmeOf, toApplication } from './application-view';
import { holdsCase } from './staff-access';

/** A row of a queue or a child's file. */
export async function toCaseSummary(db: Connection, doc: ApplicationDoc, childName: string, now = new Date()): Promise<CaseSummary> {
  const programme = programmeOf(doc.programme);
  const provided = new Set(doc.documents.map((document) => document.kind));
  return {
    id: doc._id.toHexString(),
    reference: doc.reference,
    programme: doc.programme,
    programmeName: programme.name,
    childName,
    status: doc.status,
    statusLabel: applicationStatusLabels[doc.status],
    region: await regionRef(db, doc.routing?.regionCode ?? doc.regionCodes[0]!),
    dueDate: doc.dueDate,
    overdue: doc.overdue || isOverdue(doc, now),
    missingDocumentCount: programme.requiredDocuments(doc.facts).filter((required) => !provided.has(required.kind)).length,
    submittedAt: doc.submittedAt?.toISOString() ?? null,
  };
}

/** The case page: the application, the full ID number for the staff chain, the rules' verdict today, and what this person may do. */
export async function toCaseDetail(
  db: Connection,
  doc: ApplicationDoc,
  child: ChildDoc,
  principal: Principal,
  params: ParameterSet,
  now = new Date(),
): Promise<CaseDetail> {
  const application = await toApplication(db, doc, child, now);
  const programme = programmeOf(doc.programme);
  const today = toIsoDate(now);
  const region = doc.routing?.regionCode ?? child.hukouRegion;
  const eligibility = programme.eligibility(doc.facts, today, region, params);
  const amount = amountOrNotEntered(programme, doc.facts, today, region, params);
  return {
    ...application,
    residentId: child.residentId,
    evaluation: { ...eligibility, amountText: amount.text },
    actions: holdsCase(principal, doc.holder) ? actionsFor(doc.status) : [],
  };
}
