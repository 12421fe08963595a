import type { Connection } from 'mongoose';
import { stageDueDate, toIsoDate, type ApplicationStatus, type ParameterSet, type ProgrammeId, type ReviewStatus } from '@ccs/shared';
import { insertOnce } from '../db/insert-once';
import { applicationModel, postKeyOf, type ActorDoc, type ApplicationDoc, type HistoryDoc, type HolderDoc, type RoutingDoc } from './application-model';
import { caseStepModel, type CaseStepDoc } from './case-step-model';
import { stageHolder } from './stage-holder';
import { loadWorkingDayCalendar } from '../calendar/load-working-day-calendar';

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
  const due = stageDueDate(programme, stage, holder.regionCode, toIsoDate(now), params, await loadWorkingDayCalendar(db));
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
    holderPost: step.stage ? postKeyOf(step.stage.holder) : null,
    dueDate: step.stage?.dueDate ?? null,
    dueProvisional: step.stage?.dueProvisional ?? false,
    overdue: false,
    ...step.set,
  };
  const seq = doc.historyCount + 1;
  const claimed = await insertOnce(caseStepModel(db), { _id: `${doc._id.toHexString()}:${seq}`, applicationId: doc._id, seq, entry, set, bumpsVersion, createdAt: step.now });
  if (!claimed) return null;
  return applyStep(db, doc, { seq, entry, set, bumpsVersion });
}

/** MongoDB's PathNotViable: a `$set` through a field that holds a plain value. */
const PATH_NOT_VIABLE = 28;

/** The `$set`s that mark step `seq` written and fail once step `seq + 1` is (see `applyStep`). */
export const appliedStepGuard = (seq: number) => ({ [`appliedSteps.${seq}`]: 1, [`appliedSteps.${seq + 1}.next`]: true });

/**
 * Writes a claimed step onto the case it was claimed from. Idempotent: every field is set, nothing pushed or
 * incremented, so writing the same step twice (its writer and a reader rolling it forward) gives one result.
 * A writer that comes back late, after a later step is on the case, must change nothing. The precondition is in
 * the update rather than the filter: it writes `appliedSteps.<seq + 1>.next`, which fails as a whole, atomically
 * on the one document, once step seq + 1 has set `appliedSteps.<seq + 1>` to 1. A filter such as
 * `{ _id, historyCount }` would say the same, but FerretDB v1 on SQLite pushes down only a bare `{ _id }` and reads
 * every case in the table for anything else (at 2,000 cases 1.6 s instead of 0.19 s per write on the shared machine).
 */
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
    ...appliedStepGuard(step.seq),
  };
  const Application = applicationModel(db);
  try {
    return await Application.findOneAndUpdate({ _id: doc._id }, { $set: update }, { returnDocument: 'after' }).lean();
  } catch (error) {
    if ((error as { code?: number }).code !== PATH_NOT_VIABLE) throw error;
    return Application.findById(doc._id).lean();
  }
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
