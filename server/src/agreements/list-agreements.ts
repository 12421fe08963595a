import { Types, type Connection } from 'mongoose';
import type { Agreement, AgreementStatus } from '@ccs/shared';
import type { Principal } from '../http/app-state';
import { agreementModel } from './agreement-model';
import { withSignatures } from './load-agreement';
import { toAgreementView } from './agreement-view';

const escapeRegex = (text: string) => text.replace(/[^0-9A-Za-z]/g, '\\$&');

/** The caller's agreements: those they drafted as a parent and those they accepted as the caregiver. */
export async function listMyAgreements(db: Connection, principal: Principal): Promise<Agreement[]> {
  const me = new Types.ObjectId(principal.accountId);
  const docs = await agreementModel(db).find({ $or: [{ parentAccountId: me }, { caregiverAccountId: me }] }).sort({ createdAt: -1 }).lean();
  return Promise.all(
    docs.map(async (doc) => toAgreementView(db, await withSignatures(db, doc), doc.parentAccountId.equals(me) ? 'parent' : 'caregiver')),
  );
}

/**
 * Agreements of the villages in the staff member's scope (a director's one village), newest first; with a
 * status, only those (`signed` is the director's queue of new filings to acknowledge). The status is the
 * one worked out from the signatures, not the stored cache.
 */
export async function listStaffAgreements(db: Connection, principal: Principal, status?: AgreementStatus): Promise<Agreement[]> {
  const scope = principal.regionScope ?? '\u0000';
  const docs = await agreementModel(db).find({ villageCode: { $regex: `^${escapeRegex(scope)}` }, sealed: true }).sort({ updatedAt: -1 }).lean();
  const loaded = await Promise.all(docs.map((doc) => withSignatures(db, doc)));
  const chosen = loaded.filter((item) => status === undefined || item.status === status);
  return Promise.all(chosen.map((item) => toAgreementView(db, item, 'staff')));
}

export { escapeRegex };
