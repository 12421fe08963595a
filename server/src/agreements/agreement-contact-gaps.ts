import type { Connection } from 'mongoose';
import { daysBetween, toIsoDate, type ContactGaps } from '@ccs/shared';
import type { Principal } from '../http/app-state';
import { agreementModel } from './agreement-model';
import { agreementContactModel } from './agreement-contact-model';
import { withSignatures } from './load-agreement';
import { escapeRegex } from './list-agreements';
import { isActiveOn, maxContactGapDays } from './record-agreement-contact';

/**
 * The children of active agreements in the caller's scope whose parents have recorded no contact for more
 * than the allowed gap (7 days, 001 §5/§11), counting from the agreement's start when there was none; the
 * longest silence first, so the director knows whom to call.
 */
export async function agreementContactGaps(db: Connection, principal: Principal, now = new Date()): Promise<ContactGaps> {
  const scope = principal.regionScope ?? '\u0000';
  const today = toIsoDate(now);
  const docs = await agreementModel(db).find({ villageCode: { $regex: `^${escapeRegex(scope)}` }, status: { $in: ['awaitingSignatures', 'signed', 'filed'] } }).lean();
  // The stored status is a cache (awaitingSignatures may already be signed); withSignatures works it out.
  const active = (await Promise.all(docs.map((doc) => withSignatures(db, doc)))).filter((loaded) => isActiveOn(loaded, today));
  const contacts = await agreementContactModel(db).find({ agreementId: { $in: active.map((loaded) => loaded.doc._id) } }, { agreementId: 1, at: 1 }).lean();
  const lastAt = new Map<string, Date>();
  for (const contact of contacts) {
    const seen = lastAt.get(contact.agreementId);
    if (!seen || contact.at > seen) lastAt.set(contact.agreementId, contact.at);
  }
  const maxGapDays = await maxContactGapDays(db, scope.length >= 2 ? scope : '52', today);

  const children = active.flatMap(({ doc }) => {
    const last = lastAt.get(doc._id) ?? null;
    const days = daysBetween(last ? toIsoDate(last) : doc.period.start, today);
    if (days <= maxGapDays) return [];
    return doc.children.map((child) => ({
      childId: child.childId,
      name: child.name,
      villageCode: child.villageCode,
      agreementId: doc._id,
      caregiverName: doc.caregiver.name,
      parents: doc.parents.map((parent) => ({ name: parent.name, phone: parent.phone })),
      lastContactAt: last ? last.toISOString() : null,
      periodStart: doc.period.start,
      daysSinceContact: days,
    }));
  });
  children.sort((a, b) => b.daysSinceContact - a.daysSinceContact || a.name.localeCompare(b.name, 'zh'));
  return { maxGapDays, children };
}
