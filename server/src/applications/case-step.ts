import type { Connection, UpdateQuery } from 'mongoose';
import { stageDueDate, toIsoDate, type ApplicationStatus, type ParameterSet, type ProgrammeId, type ReviewStatus } from '@ccs/shared';
import type { ActorDoc, ApplicationDoc, HistoryDoc, HolderDoc, RoutingDoc } from './application-model';
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
  now: Date;
  /** Further fields the step sets, e.g. the grant on approval. */
  set?: Partial<ApplicationDoc>;
}

/**
 * One step as one update: the new status, holder and due date, the history entry (which is also the
 * notification outbox) and the version bump, applied together or not at all.
 */
export function stepUpdate(step: Step): UpdateQuery<ApplicationDoc> {
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
  };
  return {
    $set: {
      status: step.to,
      holder: step.stage?.holder ?? null,
      dueDate: step.stage?.dueDate ?? null,
      dueProvisional: step.stage?.dueProvisional ?? false,
      overdue: false,
      notificationPending: true,
      ...step.set,
    },
    $push: { history: entry },
    $inc: { version: 1, historyCount: 1 },
  };
}
