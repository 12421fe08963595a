import {
  activeAgreementStatuses,
  contactKindLabels,
  daysBetween,
  toIsoDate,
  weeklyContactParameter,
  type AgreementContact,
  type AgreementContactList,
  type ContactRequest,
} from '@ccs/shared';
import type { Connection } from 'mongoose';
import { Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { isDuplicateKey } from '../db/is-duplicate-key';
import type { Principal } from '../http/app-state';
import { findParameterValue } from '../parameters/find-parameter-value';
import { agreementViewer } from './agreement-access';
import { agreementContactModel, type AgreementContactDoc } from './agreement-contact-model';
import { loadAgreement, type LoadedAgreement } from './load-agreement';

/** When no figure is stored (a fresh database): 001 §5 and §11 say at least once a week. */
const defaultMaxGapDays = 7;

export const toContactView = (doc: AgreementContactDoc): AgreementContact => ({
  id: doc._id,
  agreementId: doc.agreementId,
  kind: doc.kind,
  kindLabel: contactKindLabels[doc.kind],
  with: doc.with,
  at: doc.at.toISOString(),
});

/** Active = both signed (or archived) and today within the period: only then is the parent away and the child entrusted. */
export function isActiveOn(loaded: LoadedAgreement, today: string): boolean {
  return activeAgreementStatuses.includes(loaded.status) && loaded.doc.period.start <= today && today <= loaded.doc.period.end;
}

export async function maxContactGapDays(db: Connection, villageCode: string, today: string): Promise<number> {
  return (await findParameterValue(db, weeklyContactParameter, villageCode, today))?.value ?? defaultMaxGapDays;
}

/**
 * The parent records a contact on an active agreement. Only the parent who drafted it may (the caregiver
 * is told no, anyone else learns nothing); a repeat of the same contact id returns the first record.
 */
export async function recordAgreementContact(
  deps: AppDeps,
  principal: Principal,
  agreementId: string,
  contactId: string,
  body: Required<ContactRequest>,
  now = new Date(),
): Promise<{ contact: AgreementContact; created: boolean }> {
  const loaded = await loadAgreement(deps.db, agreementId);
  if (!loaded) throw new AppError('NOT_FOUND');
  if (agreementViewer(principal, loaded.doc) !== 'parent') throw new AppError('FORBIDDEN', { detail: 'only the parent records contacts' });
  const contacts = agreementContactModel(deps.db);
  const existing = await contacts.findById(contactId).lean();
  if (existing) return sameAgreement(existing, agreementId);
  if (!isActiveOn(loaded, toIsoDate(now))) throw new AppError('AGREEMENT_NOT_IN_FORCE');
  try {
    const doc = await contacts.create({
      _id: contactId,
      agreementId,
      accountId: new Types.ObjectId(principal.accountId),
      kind: body.kind,
      with: body.with,
      at: now,
    });
    return { contact: toContactView(doc.toObject()), created: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const raced = await contacts.findById(contactId).lean();
    if (!raced) throw error;
    return sameAgreement(raced, agreementId);
  }
}

function sameAgreement(doc: AgreementContactDoc, agreementId: string) {
  // A contact id reused on another agreement is a client bug; do not reveal the other agreement.
  if (doc.agreementId !== agreementId) throw new AppError('NOT_FOUND', { detail: 'contact id belongs to another agreement' });
  return { contact: toContactView(doc), created: false };
}

/** The agreement's recent contacts, for its parties and staff in scope, with the days since the last one. */
export async function listAgreementContacts(db: Connection, principal: Principal, agreementId: string, now = new Date()): Promise<AgreementContactList> {
  const loaded = await loadAgreement(db, agreementId);
  if (!loaded) throw new AppError('NOT_FOUND');
  agreementViewer(principal, loaded.doc);
  const today = toIsoDate(now);
  const docs = await agreementContactModel(db).find({ agreementId }).sort({ at: -1 }).limit(20).lean();
  const last = docs[0]?.at ?? null;
  const since = last ? toIsoDate(last) : loaded.doc.period.start;
  return {
    contacts: docs.map(toContactView),
    lastContactAt: last ? last.toISOString() : null,
    daysSinceContact: since <= today ? daysBetween(since, today) : null,
    maxGapDays: await maxContactGapDays(db, loaded.doc.villageCode, today),
  };
}
