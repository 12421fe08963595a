import type { Connection } from 'mongoose';
import { isReviewStatus, stageDueDate, toIsoDate } from '@ccs/shared';
import { applicationModel } from '../applications/application-model';
import { loadParameterSet } from '../parameters/load-parameter-set';
import { loadWorkingDayCalendar } from './load-working-day-calendar';

/** Steps that keep the stage's due date rather than start a new count. */
const KEEPS_DUE_DATE = new Set(['overdue', 'reassigned']);

/**
 * Counts again, with the calendar as it now is, the due date of every open case whose date was provisional (it
 * crossed a year whose holidays were not known), from the day the case entered its stage. A case a step moved
 * meanwhile is left: that step counted with the new calendar. Returns how many due dates it changed or confirmed.
 */
export async function recomputeProvisionalDueDates(db: Connection): Promise<number> {
  const calendar = await loadWorkingDayCalendar(db);
  const params = await loadParameterSet(db);
  const cases = await applicationModel(db)
    .find({ dueProvisional: true }, { programme: 1, status: 1, holder: 1, dueDate: 1, history: 1, historyCount: 1 })
    .lean();
  let recomputed = 0;
  for (const doc of cases) {
    if (!isReviewStatus(doc.status) || !doc.holder || !doc.dueDate) continue;
    const entered = [...doc.history].reverse().find((entry) => !KEEPS_DUE_DATE.has(entry.event) && entry.dueDate === doc.dueDate);
    if (!entered) continue;
    const due = stageDueDate(doc.programme, doc.status, doc.holder.regionCode, toIsoDate(entered.at), params, calendar);
    const changed = await applicationModel(db).updateOne(
      { _id: doc._id, historyCount: doc.historyCount, dueDate: doc.dueDate },
      { $set: { dueDate: due.date, dueProvisional: due.provisional } },
    );
    recomputed += changed.modifiedCount;
  }
  return recomputed;
}
