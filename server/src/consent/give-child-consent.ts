import { Types } from 'mongoose';
import { childPrivacyNoticeOn, toIsoDate } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { insertOnce } from '../db/insert-once';
import { childConsentModel, consentIdOf } from './child-consent-model';

export interface ConsentRequest {
  version: string;
  channel: string;
  ip: string | null;
}

/**
 * Records the guardian's consent to the notice in force. The record's id is the account and version, so a
 * retried or repeated tap inserts nothing new; after a withdrawal the same record becomes current again.
 */
export async function giveChildConsent(deps: Pick<AppDeps, 'db'>, accountId: string, request: ConsentRequest, now = new Date()): Promise<void> {
  const notice = childPrivacyNoticeOn(toIsoDate(now));
  if (request.version !== notice.version) throw new AppError('CONSENT_OUTDATED');
  const Consent = childConsentModel(deps.db);
  const _id = consentIdOf(accountId, notice.version);
  const event = { event: 'given' as const, at: now, ip: request.ip, channel: request.channel };
  if (!(await insertOnce(Consent, { _id, accountId: new Types.ObjectId(accountId), version: notice.version, givenAt: now, withdrawnAt: null, ip: request.ip, channel: request.channel, events: [event] }))) {
    await Consent.updateOne(
      { _id, withdrawnAt: { $ne: null } },
      { $set: { givenAt: now, withdrawnAt: null, ip: request.ip, channel: request.channel }, $push: { events: event } },
    );
  }
}
