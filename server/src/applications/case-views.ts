import type { Connection } from 'mongoose';
import {
  actionsFor,
  amountOrNotEntered,
  amountWithNotes,
  applicationStatusLabels,
  guardianRelationLabels,
  routingRules,
  toIsoDate,
  type CaseDetail,
  type CaseSummary,
  type ParameterSet,
} from '@ccs/shared';
import type { Principal } from '../http/app-state';
import { accountModel } from '../auth/account-model';
import { regionRef } from '../children/child-view';
import type { ChildDoc } from '../children/child-model';
import type { ApplicationDoc } from './application-model';
import { isOverdue, programmeOf, toApplication } from './application-view';
import { holdsCase } from './staff-access';
import { screenedFacts, screenedProgramme, type SensitiveScreen } from './sensitive-screen';

/** A row of a queue or a child's file, as the screen lets its reader see it. */
export async function toCaseSummary(db: Connection, doc: ApplicationDoc, childName: string, screen: SensitiveScreen, now = new Date()): Promise<CaseSummary> {
  const programme = programmeOf(doc.programme);
  const provided = new Set(doc.documents.map((document) => document.kind));
  const required = programme.requiredDocuments(doc.facts).filter((document) => !screen.hidesDocument(document.kind));
  return {
    id: doc._id.toHexString(),
    reference: doc.reference,
    ...screenedProgramme(screen, doc.programme, programme.name),
    childName,
    status: doc.status,
    statusLabel: applicationStatusLabels[doc.status],
    region: await regionRef(db, doc.routing?.regionCode ?? doc.regionCodes[0]!),
    dueDate: doc.dueDate,
    overdue: doc.overdue || isOverdue(doc, now),
    missingDocumentCount: required.filter((document) => !provided.has(document.kind)).length,
    submittedAt: doc.submittedAt?.toISOString() ?? null,
  };
}

/**
 * The case page: the application, the full ID number for the staff chain, the rules' verdict today, and what this
 * person may do. Through the screen: a need-to-know programme reads as its neutral label with no verdict (the
 * verdict's reasons name the condition), and need-to-know facts and documents are left out.
 */
export async function toCaseDetail(
  db: Connection,
  doc: ApplicationDoc,
  child: ChildDoc,
  principal: Principal,
  screen: SensitiveScreen,
  params: ParameterSet,
  now = new Date(),
): Promise<CaseDetail> {
  const [application, account] = await Promise.all([
    toApplication(db, doc, child, now),
    accountModel(db).findById(doc.guardianAccountId, { phone: 1 }).lean(),
  ]);
  const programme = programmeOf(doc.programme);
  const today = toIsoDate(now);
  const region = doc.routing?.regionCode ?? child.hukouRegion;
  const eligibility = programme.eligibility(doc.facts, today, region, params);
  const amount = amountOrNotEntered(programme, doc.facts, today, region, params);
  const facts = screenedFacts(screen, application.facts);
  const documents = application.documents.filter((document) => !screen.hidesDocument(document.kind));
  return {
    ...application,
    ...screenedProgramme(screen, doc.programme, programme.name),
    withheld: screen.programmeWithheld || Object.keys(facts).length < Object.keys(application.facts).length || documents.length < application.documents.length,
    facts,
    documents,
    // A case routed before the routing reasons were made neutral may still carry one naming the programme.
    routing: application.routing && screen.programmeWithheld ? { ...application.routing, reason: routingRules[doc.programme].reason } : application.routing,
    requiredDocuments: application.requiredDocuments.filter((document) => !screen.hidesDocument(document.kind)),
    residentId: child.residentId,
    // Who applied is not need-to-know: the screen hides the condition, not the family the director visits.
    applicant: { name: child.guardianName ?? null, phone: account?.phone ?? null, relation: guardianRelationLabels[child.relation] },
    evaluation: screen.programmeWithheld
      ? { eligible: 'unknown', reasons: [], missingFacts: [], amountText: `${screen.neutralLabel}：由县级民政部门审核认定` }
      // A placeholder figure's caution goes with the amount, so staff see the county has not entered its own.
      : { ...eligibility, amountText: amountWithNotes(amount, amount.staffNote) },
    actions: holdsCase(principal, doc.holder) ? actionsFor(doc.status) : [],
  };
}
