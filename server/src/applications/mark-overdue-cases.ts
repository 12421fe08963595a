import { isReviewStatus, reviewStatuses, toIsoDate } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { applicationModel, type ApplicationDoc } from './application-model';
import { commitStep, loadCase } from './case-step';

/** The reason on the timeline; the level above the holder is notified from the step (see relayCaseNotifications). */
export const OVERDUE_REASON = '超过办理时限';

const isDue = (doc: ApplicationDoc | null, today: string): doc is ApplicationDoc =>
  !!doc && isReviewStatus(doc.status) && !doc.overdue && doc.dueDate !== null && doc.dueDate < today;

/**
 * Marks open cases whose due date has passed (in Beijing time) as overdue, each as an `overdue` step of
 * the case: its history entry tells the family and escalates to the level above (docs/policy.md "Overdue work
 * escalates to the level above"). The step leaves the version alone, so staff acting on the case are
 * never refused because of the job. Safe when several server instances run it at once: a step is claimed
 * by inserting its sequence number, so of racing markers exactly one writes it. Returns how many it marked.
 */
export async function markOverdueCases(deps: Pick<AppDeps, 'db'>, now = new Date()): Promise<number> {
  const today = toIsoDate(now);
  const candidates = await applicationModel(deps.db)
    .find({ status: { $in: reviewStatuses }, overdue: false, dueDate: { $lt: today } }, { _id: 1 })
    .lean();
  let marked = 0;
  for (const { _id } of candidates) {
    // Another writer may take the case's next step first (a staff action, another instance's mark): read again.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const doc = await loadCase(deps.db, _id);
      if (!isDue(doc, today)) break;
      const stage = { holder: doc.holder!, dueDate: doc.dueDate!, dueProvisional: doc.dueProvisional };
      const step = { event: 'overdue', actor: null, from: doc.status, to: doc.status, stage, reason: OVERDUE_REASON, now, set: { overdue: true } };
      if (await commitStep(deps.db, doc, step, false)) {
        marked += 1;
        break;
      }
    }
  }
  return marked;
}
