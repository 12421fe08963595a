import { Types, type Connection } from 'mongoose';
import { AppError } from '../errors/app-error';
import { refusedApplication } from '../audit/refused-access';
import type { ApplicationDoc } from './application-model';
import { loadCase } from './case-step';

/** The family's own application; another family's reads as not found, so ids reveal nothing (and is audited). */
export async function familyApplication(db: Connection, accountId: string, applicationId: string): Promise<ApplicationDoc> {
  const doc = await loadCase(db, applicationId);
  if (!doc) throw new AppError('NOT_FOUND');
  if (!doc.guardianAccountId.equals(new Types.ObjectId(accountId))) throw refusedApplication(doc, 'another family’s application');
  return doc;
}
