import type { Connection, Types } from 'mongoose';
import { applicationStatusLabels } from '@ccs/shared';
import { applicationModel } from '../applications/application-model';
import { programmeOf } from '../applications/application-view';
import { agreementModel } from '../agreements/agreement-model';

/**
 * What keeps a child's record, said so a family understands why it stays: a submitted application or a care
 * agreement is a record the bureau keeps and the child's details are part of it. Null when only drafts (or
 * nothing) depend on the child.
 */
export async function childDependency(db: Connection, guardian: Types.ObjectId, childId: string): Promise<string | null> {
  const submitted = await applicationModel(db)
    .findOne({ childId, guardianAccountId: guardian, status: { $ne: 'draft' } }, { programme: 1, reference: 1, status: 1 })
    .lean();
  if (submitted) {
    return `“${programmeOf(submitted.programme).name}”的申请（编号 ${submitted.reference}，${applicationStatusLabels[submitted.status]}）`;
  }
  // Agreements hold their children as embedded copies; a family has few, so they are read and checked here.
  const agreements = await agreementModel(db).find({ parentAccountId: guardian }, { children: 1 }).lean();
  return agreements.some((doc) => doc.children.some((child) => child.childId === childId)) ? '委托照护协议' : null;
}
