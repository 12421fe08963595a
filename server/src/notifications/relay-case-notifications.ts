import type { Connection, Types } from 'mongoose';
import { programmes, type Grant } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { applicationModel, type ApplicationDoc } from '../applications/application-model';
import { caseStepModel, type CaseStepDoc } from '../applications/case-step-model';
import { regionRef } from '../children/child-view';
import { sensitiveScreen } from '../applications/sensitive-screen';
import { escalationRecipients } from './notification-recipients';
import { writeNotificationOnce } from './write-notification';
import { ESCALATION_SMS, escalationText, familyNotificationSms, familyNotificationText, familySubscribeMessage, type StepFacts } from './notification-text';

const BATCH = 200;

type NotifiedCase = Pick<ApplicationDoc, 'programme' | 'reference' | 'guardianAccountId' | 'routing' | 'regionCodes'>;

async function stepFacts(db: Connection, doc: NotifiedCase, step: CaseStepDoc): Promise<StepFacts> {
  const holder = step.entry.holder;
  // A message may be read by anyone holding the phone, and escalations go to staff who are not told: a need-to-know
  // programme is named by its neutral label in every message.
  const screen = sensitiveScreen(null, doc);
  return {
    event: step.entry.event,
    programmeName: screen.sensitive ? screen.neutralLabel : (programmes.find((programme) => programme.id === doc.programme)?.name ?? '补贴'),
    reference: doc.reference ?? (step.set.reference as string | undefined) ?? null,
    holder: holder ? { place: (await regionRef(db, holder.regionCode)).name, role: holder.role, name: holder.name } : null,
    dueDate: step.entry.dueDate,
    grantSummary: (step.set.grant as Grant | undefined)?.summary ?? null,
  };
}

/** Who hears of a step: the family of every step, except an overdue mark, which goes to the level above the holder. */
async function messagesFor(db: Connection, doc: NotifiedCase, step: CaseStepDoc) {
  const facts = await stepFacts(db, doc, step);
  if (step.entry.event === 'overdue') {
    const recipients = step.entry.holder ? await escalationRecipients(db, step.entry.holder) : [];
    return recipients.map((accountId) => ({ accountId, text: escalationText(facts), sms: ESCALATION_SMS, subscribe: null }));
  }
  const subscribe = familySubscribeMessage(facts, step.applicationId.toHexString());
  return [{ accountId: doc.guardianAccountId, text: familyNotificationText(facts), sms: familyNotificationSms(facts), subscribe }];
}

/**
 * The outbox relay: turns every committed case step not yet relayed into notifications, one per recipient
 * with a deterministic id, then marks the step relayed. Steps are written in the same insert that commits
 * them (see commitStep), so none is lost; several relays running at once write each notification once.
 * Returns how many notifications this run wrote.
 */
export async function relayCaseNotifications(deps: Pick<AppDeps, 'db'>, now = new Date()): Promise<number> {
  const steps = await caseStepModel(deps.db).find({ relayed: false }).sort({ createdAt: 1 }).limit(BATCH).lean();
  let written = 0;
  for (const step of steps) {
    const doc = await applicationModel(deps.db).findById(step.applicationId, { programme: 1, reference: 1, guardianAccountId: 1, routing: 1, regionCodes: 1 }).lean();
    for (const message of doc ? await messagesFor(deps.db, doc, step) : []) {
      const id = `${step.applicationId.toHexString()}:${step.seq}:${message.accountId.toHexString()}`;
      const isNew = await writeNotificationOnce(deps.db, {
        _id: id,
        applicationId: step.applicationId,
        seq: step.seq,
        event: step.entry.event,
        recipientAccountId: message.accountId as Types.ObjectId,
        text: message.text,
        sms: message.sms,
        subscribe: message.subscribe,
        createdAt: now,
      });
      if (isNew) written += 1;
    }
    await caseStepModel(deps.db).updateOne({ _id: step._id }, { $set: { relayed: true } });
  }
  return written;
}
