import type { Collection, Types } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel, type AccountDoc } from './account-model';
import { sessionModel } from './session-model';
import { childModel } from '../children/child-model';
import { applicationModel } from '../applications/application-model';
import { agreementModel } from '../agreements/agreement-model';
import { agreementContactModel } from '../agreements/agreement-contact-model';
import { agreementSignatureModel } from '../agreements/agreement-signature-model';
import { childConsentModel, consentIdOf } from '../consent/child-consent-model';
import { dataRequestModel } from '../consent/data-request-model';
import { documentModel } from '../documents/document-model';
import { notificationModel } from '../notifications/notification-model';
import { subscribeCreditModel } from '../wechat/subscribe-credit-model';
import { insertOnce } from '../db/insert-once';

/**
 * Every field that names the family's account, by collection: what the family owns moves with it. The audit log
 * stays as written (who did what, under which account then); the merge's own entry ties the two together.
 */
const accountFields = (db: AppDeps['db']): [Collection, string][] => [
  [childModel(db).collection, 'guardianAccountId'],
  [applicationModel(db).collection, 'guardianAccountId'],
  [agreementModel(db).collection, 'parentAccountId'],
  [agreementModel(db).collection, 'caregiverAccountId'],
  [agreementContactModel(db).collection, 'accountId'],
  [agreementSignatureModel(db).collection, 'accountId'],
  [dataRequestModel(db).collection, 'accountId'],
  [documentModel(db).collection, 'accountId'],
  [notificationModel(db).collection, 'recipientAccountId'],
  // The subscribe messages the family accepted in the mini-program still reach it (found by account and template).
  [subscribeCreditModel(db).collection, 'accountId'],
];

/**
 * Moves everything of a WeChat-only account `from` onto the phone account it was marked to merge into
 * (`from.mergedInto`, set first by link-wechat-phone.ts). FerretDB v1 has no transactions, so each step is a
 * single-document write or an `updateMany` whose every document's write is its own, and every step is a no-op when
 * done again: a merge cut anywhere is finished by running this again, which the next WeChat sign-in or link does.
 * Order: `from`'s sessions end first, so nothing is written under it while its data moves; the WeChat identity
 * moves last, so until then a sign-in still finds `from` and finishes the merge.
 */
export async function mergeAccounts(deps: AppDeps, from: AccountDoc): Promise<AccountDoc> {
  const into = from.mergedInto as Types.ObjectId;
  await sessionModel(deps.db).updateMany({ accountId: from._id, endedAt: null }, { $set: { endedAt: new Date(), endedReason: 'merged' } });
  for (const [collection, field] of accountFields(deps.db)) {
    await collection.updateMany({ [field]: from._id }, { $set: { [field]: into } });
  }
  await moveConsents(deps, from._id, into);
  const accounts = accountModel(deps.db);
  await accounts.updateOne({ _id: into }, { $addToSet: { roles: { $each: from.roles } } });
  // The person's own settings come along where the phone account has none.
  if (from.textSize) await accounts.updateOne({ _id: into, textSize: null }, { $set: { textSize: from.textSize } });
  if (from.termsAgreed) await accounts.updateOne({ _id: into, termsAgreed: null }, { $set: { termsAgreed: from.termsAgreed } });
  await identityModel(deps.db).updateMany({ accountId: from._id, kind: 'wechat' }, { $set: { accountId: into } });
  return (await accounts.findById(into).lean()) as AccountDoc;
}

/**
 * A consent's id is its account and notice version: each of `from`'s is copied under `into`'s id unless `into`
 * has its own answer to that version (which stands), then removed, so a repeat finds nothing left to copy.
 */
async function moveConsents(deps: AppDeps, from: Types.ObjectId, into: Types.ObjectId): Promise<void> {
  const consents = childConsentModel(deps.db);
  for (const consent of await consents.find({ accountId: from }).lean()) {
    await insertOnce(consents, { ...consent, _id: consentIdOf(String(into), consent.version), accountId: into });
    await consents.deleteOne({ _id: consent._id });
  }
}
