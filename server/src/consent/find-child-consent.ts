import { childPrivacyNoticeOn, toIsoDate, type ConsentStatus } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { childConsentModel, consentIdOf } from './child-consent-model';

/**
 * The account's consent as the app shows it: to the notice in force, or else the latest one it gave
 * (so a family whose consent is to an older version sees that it must agree again). null: never given.
 */
export async function findChildConsent(deps: Pick<AppDeps, 'db'>, accountId: string, now = new Date()): Promise<ConsentStatus | null> {
  const current = childPrivacyNoticeOn(toIsoDate(now)).version;
  const Consent = childConsentModel(deps.db);
  const doc =
    (await Consent.findById(consentIdOf(accountId, current)).lean()) ??
    (await Consent.findOne({ accountId }).sort({ givenAt: -1 }).lean());
  if (!doc) return null;
  return {
    version: doc.version,
    givenAt: doc.givenAt.toISOString(),
    withdrawnAt: doc.withdrawnAt?.toISOString() ?? null,
    current: doc.version === current && doc.withdrawnAt === null,
  };
}

/**
 * Every path that stores a child's data calls this first: without the guardian's current, unwithdrawn
 * consent to the notice in force, nothing about a child is saved (个人信息保护法 art. 31).
 */
export async function requireChildConsent(deps: Pick<AppDeps, 'db'>, accountId: string): Promise<void> {
  if (!(await findChildConsent(deps, accountId))?.current) throw new AppError('CONSENT_REQUIRED');
}
