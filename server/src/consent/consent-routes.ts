import { childPrivacyNoticeOn, childPrivacyResponseSchema, giveConsentSchema, toIsoDate, type ChildPrivacy } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { findChildConsent } from './find-child-consent';
import { giveChildConsent } from './give-child-consent';
import { responsibleOffices } from './responsible-offices';
import { withdrawChildConsent } from './withdraw-child-consent';
import { ownAccount } from '../audit/audit-subjects';

const tag = 'consent';

/** The child privacy notice, and the guardian giving and withdrawing consent to it. */
export function consentRoutes(deps: AppDeps) {
  const childPrivacy = async (accountId: string | undefined): Promise<ChildPrivacy> => ({
    notice: { ...childPrivacyNoticeOn(toIsoDate(new Date())), responsible: accountId ? await responsibleOffices(deps, accountId) : [] },
    status: accountId ? await findChildConsent(deps, accountId) : null,
  });
  return [
    defineRoute({
      method: 'get',
      path: '/api/consent/child-privacy',
      summary: 'The child privacy notice in force, with the signed-in family’s consent to it (null when never given or signed out)',
      tag,
      access: 'public',
      response: childPrivacyResponseSchema,
      handler: ({ principal }) => childPrivacy(principal?.roles.includes('family') ? principal.accountId : undefined),
    }),
    defineRoute({
      method: 'post',
      path: '/api/me/consents',
      summary: 'Give consent to the notice in force (its version, ticked); the same version again is one record',
      tag,
      access: ['family'],
      body: giveConsentSchema,
      response: childPrivacyResponseSchema,
      audit: { action: 'consent.give', record: ({ principal, body }) => ({ ...ownAccount(principal), detail: { version: body.version } }) },
      handler: async ({ principal, body, ctx }) => {
        await giveChildConsent(deps, principal.accountId, { version: body.version, channel: body.channel, ip: ctx.ip ?? null });
        return childPrivacy(principal.accountId);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/me/consents/withdraw',
      summary: 'Withdraw consent: no child data is saved from then on; submitted applications are still decided',
      tag,
      access: ['family'],
      response: childPrivacyResponseSchema,
      audit: { action: 'consent.withdraw', record: ({ principal }) => ownAccount(principal) },
      handler: async ({ principal, ctx }) => {
        await withdrawChildConsent(deps, principal.accountId, ctx.ip ?? null);
        return childPrivacy(principal.accountId);
      },
    }),
  ];
}
