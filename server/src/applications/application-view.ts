import type { Connection } from 'mongoose';
import {
  applicationStatusLabels,
  crossRegionWords,
  handoverEventLabel,
  documentLabels,
  isReviewStatus,
  programmes,
  roleNames,
  timelineEventLabels,
  toIsoDate,
  type Application,
  type CaseHolder,
  type Handover,
} from '@ccs/shared';
import { childModel, type ChildDoc } from '../children/child-model';
import { regionRef, toChild } from '../children/child-view';
import { AppError } from '../errors/app-error';
import type { ApplicationDoc, HandoverDoc, HolderDoc } from './application-model';

export const programmeOf = (id: ApplicationDoc['programme']) => programmes.find((programme) => programme.id === id)!;

async function holderView(db: Connection, holder: HolderDoc | null): Promise<CaseHolder | null> {
  if (!holder) return null;
  return { role: holder.role, roleName: roleNames[holder.role], region: await regionRef(db, holder.regionCode), name: holder.name };
}

/** A review case past its due date, whether or not the overdue job has run yet. */
export const isOverdue = (doc: Pick<ApplicationDoc, 'status' | 'dueDate'>, now: Date): boolean =>
  isReviewStatus(doc.status) && doc.dueDate !== null && doc.dueDate < toIsoDate(now);

export async function loadChild(db: Connection, childId: string): Promise<ChildDoc> {
  const child = await childModel(db).findById(childId).lean();
  if (!child) throw new AppError('NOT_FOUND', { detail: `child ${childId} is gone` });
  return child;
}

function handoverView(handover: HandoverDoc | null | undefined): Handover | null {
  if (!handover) return null;
  const { scope, officeCode, officeName, sentAt, answerDue, answer } = handover;
  return {
    scope,
    word: crossRegionWords[scope].word,
    office: { code: officeCode, name: officeName },
    sentAt: sentAt.toISOString(),
    answerDue,
    answer: answer && { ...answer, at: answer.at.toISOString() },
  };
}

/** A step's words: a step of the hand-over names the hukou place's office and dates (`handoverEventLabel`). */
function timelineLabel(event: string, fromStatus: string | null, handover: HandoverDoc | null | undefined): string {
  const facts = handover && { ...handover, reference: handover.answer?.reference ?? null };
  return (facts && handoverEventLabel(event, fromStatus, facts)) ?? timelineEventLabels[event as keyof typeof timelineEventLabels] ?? event;
}

/** An application as its family sees it: where it is, who holds it and by when, every step and what is still missing. */
export async function toApplication(db: Connection, doc: ApplicationDoc, child: ChildDoc, now = new Date()): Promise<Application> {
  const programme = programmeOf(doc.programme);
  const provided = new Set(doc.documents.map((document) => document.kind));
  const timeline = await Promise.all(
    doc.history.map(async (entry) => ({
      at: entry.at.toISOString(),
      event: entry.event,
      label: timelineLabel(entry.event, entry.fromStatus, doc.handover),
      actor: entry.actor ? { role: entry.actor.role, roleName: roleNames[entry.actor.role], name: entry.actor.name } : null,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      reason: entry.reason,
      notes: entry.notes,
      holder: await holderView(db, entry.holder),
      dueDate: entry.dueDate,
    })),
  );
  return {
    id: doc._id.toHexString(),
    reference: doc.reference,
    programme: doc.programme,
    programmeName: programme.name,
    child: await toChild(db, child),
    status: doc.status,
    statusLabel: applicationStatusLabels[doc.status],
    facts: doc.facts,
    documents: doc.documents.map((document) => ({
      id: document.id,
      kind: document.kind,
      label: documentLabels[document.kind as keyof typeof documentLabels] ?? '入户核实照片',
      contentType: document.contentType,
      size: document.size,
      uploadedAt: new Date(document.uploadedAt).toISOString(),
      uploadedBy: document.uploadedBy,
    })),
    requiredDocuments: programme
      .requiredDocuments(doc.facts)
      .map((required) => ({ ...required, provided: provided.has(required.kind) })),
    holder: await holderView(db, doc.holder),
    dueDate: doc.dueDate,
    dueProvisional: doc.dueProvisional,
    overdue: doc.overdue || isOverdue(doc, now),
    routing: doc.routing
      ? { region: await regionRef(db, doc.routing.regionCode), place: doc.routing.place, crossRegion: doc.routing.crossRegion, reason: doc.routing.reason, source: doc.routing.source }
      : null,
    handover: handoverView(doc.handover),
    grant: doc.grant,
    returnReason: doc.status === 'returned' ? doc.returnReason : null,
    timeline,
    version: doc.version,
    submittedAt: doc.submittedAt?.toISOString() ?? null,
    updatedAt: doc.updatedAt.toISOString(),
  };
}
