import type { Connection } from 'mongoose';
import { stageDueDate, toIsoDate, type ApplicationStatus, type ParameterSet, type ProgrammeId, type ReviewStatus } from '@ccs/shared';
import { applicationModel, type ActorDoc, type ApplicationDoc, type HistoryDoc, type HolderDoc, type RoutingDoc } from './application-model';
import { caseStepModel, type CaseStepDoc } from './case-step-model';
import { stageHolder } from './stage-holder';
import { workingDayCalendar } from './working-day-calendar';

export interface StageEntry {
  holder: HolderDoc;
  dueDate: string;
  dueProvisional: boolean;
}

/** Who takes the case at a stage and by when, counted in working days from today. */
export async function enterStage(
  db: Connection,
  params: ParameterSet,
  programme: ProgrammeId,
  routing: RoutingDoc,
  stage: ReviewStatus,
  now: Date,
): Promise<StageEntry> {
  const holder = await stageHolder(db, stage, routing);
  const due = stageDueDate(programme, stage, holder.regionCode, toIsoDate(now), params, workingDayCalendar);
  return { holder, dueDate: due.date, dueProvisional: due.provisional };
}

export interface Step {
  event: string;
  actor: ActorDoc | null;
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** The new stage's holder and due date; none once the case leaves staff hands. */
  stage: StageEntry | null;
  reason?: string | null;
  notes?: string | null;
  requestKey?: string | null;
  now: Date;
  /** Further fields the step sets, e.g. the grant on approval. */
  set?: Partial<ApplicationDoc>;
}

/**
 * Commits one step: claims the next sequence number by inserting the step (unique `_id`), then writes the
 * new status, holder, due date and history onto the case with plain `$set`s, which give the same result if
 * repeated. Null when another writer claimed that step first: the caller reloads and decides (409, or the
 * first result of a repeated request). The history is written whole rather than `$push`ed for the same reason.
 */
export async function commitStep(db: Connection, doc: ApplicationDoc, step: Step, bumpsVersion = true): Promise<ApplicationDoc | null> {
  const entry: HistoryDoc = {
    at: step.now,
    event: step.event,
    actor: step.actor,
    fromStatus: step.from,
    toStatus: step.to,
    reason: step.reason ?? null,
    notes: step.notes ?? null,
    holder: step.stage?.holder ?? null,
    dueDate: step.stage?.dueDate ?? null,
    requestKey: step.requestKey ?? null,
  };
  const set: Partial<ApplicationDoc> = {
    status: step.to,
    holder: step.stage?.holder ?? null,
    dueDate: step.stage?.dueDate ?? null,
    dueProvisional: step.stage?.dueProvisional ?? false,
    overdue: false,
    ...step.set,
  };
  const seq = doc.historyCount + 1;
  try {
    await caseStepModel(db).create({ _id: `${doc._id.toHexString()}:${seq}`, applicationId: doc._id, seq, entry, set, bumpsVersion, createdAt: step.now });
  } catch (error) {
    if ((error as { code?: number }).code === 11000) return null;
    throw error;
  }
  return applyStep(db, doc, { seq, entry, set, bumpsVersion });
}

/** Writes a claimed step onto the case it was claimed from. Idempotent: every field is set, nothing pushed or incremented. */
export async function applyStep(
  db: Connection,
  doc: ApplicationDoc,
  step: Pick<CaseStepDoc, 'seq' | 'entry' | 'set' | 'bumpsVersion'>,
): Promise<ApplicationDoc | null> {
  const update = {
    ...step.set,
    history: [...doc.history, step.entry],
    historyCount: step.seq,
    version: doc.version + (step.bumpsVersion ? 1 : 0),
  };
  const Application = applicationModel(db);
  const applied = await Application.findOneAndUpdate({ _id: doc._id, historyCount: step.seq - 1 }, { $set: update }, { returnDocument: 'after' }).lean();
  return applied ?? Application.findById(doc._id).lean();
}

/**
 * The case with any step already claimed but not yet written onto it (a writer still in flight, or one
 * that crashed in between) rolled forward, so what a reader sees never lags behind a committed step.
 */
export async function loadCase(db: Connection, applicationId: string | ApplicationDoc['_id']): Promise<ApplicationDoc | null> {
  const doc = await applicationModel(db).findById(applicationId).lean();
  if (!doc) return null;
  const pending = await caseStepModel(db).findById(`${doc._id.toHexString()}:${doc.historyCount + 1}`).lean();
  return pending ? applyStep(db, doc, pending) : doc;
}
