import { Types, type Connection } from 'mongoose';
import { AppError } from '../errors/app-error';
import { applicationModel, type ApplicationDoc } from './application-model';

/** The family's own application; another family's reads as not found, so ids reveal nothing. */
export async function familyApplication(db: Connection, accountId: string, applicationId: string): Promise<ApplicationDoc> {
  const doc = await applicationModel(db).findById(applicationId).lean();
  if (!doc || !doc.guardianAccountId.equals(new Types.ObjectId(accountId))) throw new AppError('NOT_FOUND');
  return doc;
}
