import { Types } from 'mongoose';
import { addDays, toIsoDate, type IsoDate } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { accountModel } from '../auth/account-model';
import { regionRef } from '../children/child-view';
import { writeNotificationOnce } from '../notifications/write-notification';
import { agreementModel, type AgreementDoc } from './agreement-model';
import { agreementKeyModel, claimAgreementKey } from './agreement-key-model';
import { withSignatures } from './load-agreement';
import type { ReminderEvent } from './agreement-reminder-text';
import { noticeSms, noticeSubscribeMessage, noticeTexts, type AgreementNoticeEvent } from './agreement-notice-text';

/**
 * Which reminder is due on `today` for an agreement ending on `end` (issue 4 §6): 30 days before, 7 days
 * before, and the day after the end (expired). Only the latest one due is sent, so a job that did not run for
 * a while does not send a stale 30-day reminder after the 7-day one.
 */
export function reminderDue(end: IsoDate, today: IsoDate): ReminderEvent | null {
  if (today > end) return 'agreementExpired';
  if (today >= addDays(end, -7)) return 'agreementExpiring7';
  if (today >= addDays(end, -30)) return 'agreementExpiring30';
  return null;
}

/**
 * One round of the reminder job, with the time injected. Claims each due reminder as a key
 * `<agreementId>:reminder:<event>:<end>` (one per period end, so an edited end gets its own reminders; the
 * claim is the outbox entry), marks an agreement past its end as expired, then relays unrelayed claims into
 * notifications to the parent and the village's director, each written once. Returns how many notifications
 * this run wrote.
 */
export async function remindExpiringAgreements(deps: Pick<AppDeps, 'db'>, now = new Date()): Promise<number> {
  const today = toIsoDate(now);
  const active = await agreementModel(deps.db).find({ status: { $in: ['awaitingSignatures', 'signed', 'filed'] } }).lean();
  for (const doc of active) {
    const loaded = await withSignatures(deps.db, doc);
    if (loaded.status !== 'signed' && loaded.status !== 'filed') continue;
    const event = reminderDue(doc.period.end, today);
    if (!event) continue;
    await claimAgreementKey(deps.db, { _id: `${doc._id}:reminder:${event}:${doc.period.end}`, agreementId: doc._id, data: { event }, relayed: false, createdAt: now });
    if (event === 'agreementExpired') await agreementModel(deps.db).updateOne({ _id: doc._id }, { $set: { status: 'expired' } });
  }
  return relayAgreementNotices(deps, now);
}

/** Turns unrelayed outbox claims (reminders, terminations, a caregiver unable to care) into notifications. */
export async function relayAgreementNotices(deps: Pick<AppDeps, 'db'>, now: Date): Promise<number> {
  const claims = await agreementKeyModel(deps.db).find({ relayed: false }).sort({ createdAt: 1 }).limit(200).lean();
  let written = 0;
  for (const claim of claims) {
    const doc = await agreementModel(deps.db).findById(claim.agreementId).lean();
    if (doc) written += await notify(deps, doc, claim._id, claim.data, now);
    await agreementKeyModel(deps.db).updateOne({ _id: claim._id }, { $set: { relayed: true } });
  }
  return written;
}

async function notify(deps: Pick<AppDeps, 'db'>, doc: AgreementDoc, claimId: string, data: Record<string, unknown>, now: Date): Promise<number> {
  const event = data.event as AgreementNoticeEvent;
  const village = await regionRef(deps.db, doc.villageCode);
  const childNames = doc.children.map((child) => child.name).join('、');
  const sms = noticeSms({ event, childNames, end: doc.period.end });
  const texts = noticeTexts({
    event,
    childNames,
    end: doc.period.end,
    villageName: village.name,
    caregiverName: doc.caregiver.name,
    data,
  });
  const directors = texts.director
    ? await accountModel(deps.db).find({ roles: 'childDirector', regionScope: doc.villageCode, disabledAt: null }, { _id: 1 }).lean()
    : [];
  const messages = [
    ...(texts.parent ? [{ accountId: doc.parentAccountId, text: texts.parent, subscribe: noticeSubscribeMessage({ event, childNames, end: doc.period.end }, doc._id) }] : []),
    ...directors.map((director) => ({ accountId: director._id as Types.ObjectId, text: texts.director!, subscribe: null })),
  ];
  let written = 0;
  for (const message of messages) {
    const isNew = await writeNotificationOnce(deps.db, {
      _id: `${claimId}:${message.accountId.toHexString()}`,
      applicationId: null,
      agreementId: doc._id,
      seq: 0,
      event,
      recipientAccountId: message.accountId,
      text: message.text,
      sms,
      subscribe: message.subscribe,
      createdAt: now,
    });
    if (isNew) written += 1;
  }
  return written;
}
