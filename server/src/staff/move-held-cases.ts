import type { Connection, Types } from 'mongoose';
import { reviewStatuses } from '@ccs/shared';
import type { ActorDoc, ApplicationDoc } from '../applications/application-model';
import { applicationModel } from '../applications/application-model';
import { commitStep, loadCase } from '../applications/case-step';

export interface Handover {
  from: Types.ObjectId;
  to: { accountId: Types.ObjectId; name: string };
  actor: ActorDoc;
  reason: string;
}

const heldBy = (doc: ApplicationDoc | null, accountId: Types.ObjectId): doc is ApplicationDoc =>
  !!doc && (reviewStatuses as readonly string[]).includes(doc.status) && !!doc.holder?.accountId?.equals(accountId);

/**
 * Names the successor on every open case the leaving member held, each as a `reassigned` step of the
 * case (its history entry is the family's notification). The post, status and due date stay as they
 * were, and so does the version: an action prepared by anyone in the post is still valid.
 * A case someone acted on at the same moment is read again and moved only if still held by the leaver.
 */
export async function moveHeldCases(db: Connection, handover: Handover, now = new Date()): Promise<number> {
  const held = await applicationModel(db)
    .find({ 'holder.accountId': handover.from, status: { $in: reviewStatuses } }, { _id: 1 })
    .lean();
  let moved = 0;
  for (const { _id } of held) {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const doc = await loadCase(db, _id);
      if (!heldBy(doc, handover.from)) break;
      const holder = { ...doc.holder!, accountId: handover.to.accountId, name: handover.to.name };
      const stage = { holder, dueDate: doc.dueDate!, dueProvisional: doc.dueProvisional };
      const step = { event: 'reassigned', actor: handover.actor, from: doc.status, to: doc.status, stage, reason: handover.reason, now };
      if (await commitStep(db, doc, { ...step, set: { overdue: doc.overdue } }, false)) {
        moved += 1;
        break;
      }
    }
  }
  return moved;
}
