import { reviewStatuses } from '@ccs/shared';
import type { Connection, Types } from 'mongoose';
import { applicationModel } from '../applications/application-model';

/** The open cases a staff member holds by name (moved to a successor by `moveHeldCases`). */
export function countHeldCases(db: Connection, accountId: Types.ObjectId): Promise<number> {
  return applicationModel(db).countDocuments({ 'holder.accountId': accountId, status: { $in: reviewStatuses } });
}
