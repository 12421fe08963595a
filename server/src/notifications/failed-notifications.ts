import type { FailedNotificationList } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import type { Principal } from '../http/app-state';
import { applicationModel } from '../applications/application-model';
import { agreementModel } from '../agreements/agreement-model';
import { notificationModel } from './notification-model';

/** Failed messages looked through per call: a county with more waiting than this has a broken channel, not a list to read. */
const LIMIT = 500;

/**
 * Messages that have not reached their person, newest first, for county staff to follow up by phone or in person:
 * the ones still being retried and, marked `willRetry: false`, those given up on (the carrier refused the message
 * itself, or every try failed). Scoped to the principal's county through the case's or the agreement's village.
 */
export async function failedNotifications(deps: Pick<AppDeps, 'db'>, principal: Principal): Promise<FailedNotificationList> {
  const failed = await notificationModel(deps.db)
    .find({ status: 'failed' }, { text: 0, to: 0, sms: 0 })
    .sort({ createdAt: -1 })
    .limit(LIMIT)
    .lean();
  const scope = principal.regionScope ?? '';
  const applicationIds = failed.flatMap((n) => (n.applicationId ? [n.applicationId] : []));
  const agreementIds = failed.flatMap((n) => (n.agreementId ? [n.agreementId] : []));
  const cases = new Map(
    (await applicationModel(deps.db).find({ _id: { $in: applicationIds } }, { reference: 1, regionCodes: 1 }).lean()).map((doc) => [String(doc._id), doc]),
  );
  const agreements = new Map((await agreementModel(deps.db).find({ _id: { $in: agreementIds } }, { villageCode: 1 }).lean()).map((doc) => [String(doc._id), doc]));
  const notifications = failed.flatMap((n) => {
    const held = n.applicationId ? cases.get(String(n.applicationId)) : undefined;
    const inScope = held
      ? held.regionCodes.some((code) => code.startsWith(scope))
      : (agreements.get(n.agreementId ?? '')?.villageCode.startsWith(scope) ?? false);
    if (!inScope) return [];
    return [{
      id: n._id,
      event: n.event,
      channel: n.channel,
      caseReference: held?.reference ?? null,
      applicationId: n.applicationId ? String(n.applicationId) : null,
      agreementId: n.agreementId ?? null,
      attempts: n.attempts,
      lastError: n.lastError,
      willRetry: n.retryAt !== null,
      createdAt: n.createdAt.toISOString(),
    }];
  });
  return { count: notifications.length, notifications };
}
