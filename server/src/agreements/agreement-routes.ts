import {
  agreementDraftSchema,
  agreementIdParamsSchema,
  agreementListSchema,
  agreementSchema,
  agreementVerificationSchema,
  declineRequestSchema,
  invitationPreviewSchema,
  invitationRequestSchema,
  invitationSchema,
  invitationTokenParamsSchema,
  signatureRequestSchema,
  verificationParamsSchema,
  verificationQuerySchema,
} from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { consumeRateLimit } from '../security/rate-limit';
import { AppError } from '../errors/app-error';
import { agreementSubject } from '../audit/audit-subjects';
import { agreementViewer } from './agreement-access';
import { toAgreementView } from './agreement-view';
import { loadAgreement } from './load-agreement';
import { saveAgreementDraft } from './save-agreement-draft';
import { listMyAgreements } from './list-agreements';
import { acceptInvitation, inviteCaregiver, previewInvitation } from './invite-caregiver';
import { declineAgreement } from './decline-agreement';
import { signAgreement } from './sign-agreement';
import { verifyAgreement } from './verify-agreement';

const tag = 'agreements';

/** Parents and caregivers (issue 4 §1–3), and the public verification page. */
export function agreementRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/agreements',
      summary: 'My care agreements, as a parent or as the caregiver',
      tag,
      access: ['family', 'caregiver'],
      response: agreementListSchema,
      handler: async ({ principal }) => ({ agreements: await listMyAgreements(deps.db, principal) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/agreements/verify/:verificationCode',
      summary: 'Public check of an archived agreement by its code; ?hash= checks a copy’s printed hash',
      tag,
      access: 'public',
      params: verificationParamsSchema,
      query: verificationQuerySchema,
      response: agreementVerificationSchema,
      handler: ({ params, query }) => verifyAgreement(deps.db, params.verificationCode, query.hash),
    }),
    defineRoute({
      method: 'get',
      path: '/api/agreements/:agreementId',
      summary: 'One agreement, for its parent, its caregiver or staff of its village',
      tag,
      access: 'signedIn',
      params: agreementIdParamsSchema,
      response: agreementSchema,
      audit: {
        action: 'agreement.view',
        record: ({ params }, result) => (result.viewerParty === 'parent' ? null : agreementSubject(deps.db, params.agreementId)),
      },
      handler: async ({ principal, params }) => {
        const loaded = await loadAgreement(deps.db, params.agreementId);
        if (!loaded) throw new AppError('NOT_FOUND');
        return toAgreementView(deps.db, loaded, agreementViewer(principal, loaded.doc));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/agreements/:agreementId',
      summary: 'Create (201) or replace (200) the parent’s draft; after the first signature an edit voids the signatures',
      tag,
      access: ['family'],
      params: agreementIdParamsSchema,
      body: agreementDraftSchema,
      response: agreementSchema,
      mayCreate: true,
      audit: { action: 'agreement.draft', record: ({ params }) => agreementSubject(deps.db, params.agreementId) },
      handler: async ({ principal, params, body }) => {
        const saved = await saveAgreementDraft(deps, principal.accountId, params.agreementId, body);
        return new WithStatus(saved.created ? 201 : 200, await toAgreementView(deps.db, saved.loaded, 'parent'));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/agreements/:agreementId/invitation',
      summary: 'A link inviting the caregiver to read and sign, and an SMS with a code to the caregiver’s phone, sent once; resendSms sends another after a wait (parent only)',
      tag,
      access: ['family'],
      params: agreementIdParamsSchema,
      body: invitationRequestSchema,
      response: invitationSchema,
      status: 201,
      audit: { action: 'agreement.invite', record: ({ params }) => agreementSubject(deps.db, params.agreementId) },
      handler: ({ principal, params, body }) => inviteCaregiver(deps, principal, params.agreementId, body.resendSms ?? false),
    }),
    defineRoute({
      method: 'get',
      path: '/api/agreement-invitations/:token',
      summary: 'Who invites, whom, for which children and until when: what the invitation page says before sign-in',
      tag,
      access: 'public',
      params: invitationTokenParamsSchema,
      rateLimit: ({ ctx }) => consumeRateLimit(deps, ctx, 'signIn'),
      response: invitationPreviewSchema,
      handler: ({ params }) => previewInvitation(deps, params.token),
    }),
    defineRoute({
      method: 'post',
      path: '/api/agreement-invitations/:token/accept',
      summary: 'The signed-in person becomes the agreement’s caregiver',
      tag,
      access: ['family', 'caregiver'],
      params: invitationTokenParamsSchema,
      // An SMS code is short: guesses are counted.
      rateLimit: ({ ctx, principal }) => consumeRateLimit(deps, ctx, 'submission', principal.accountId),
      response: agreementSchema,
      audit: { action: 'agreement.accept', record: (_input, result) => agreementSubject(deps.db, result.id) },
      handler: async ({ principal, params }) => toAgreementView(deps.db, await acceptInvitation(deps, principal, params.token), 'caregiver'),
    }),
    defineRoute({
      method: 'post',
      path: '/api/agreements/:agreementId/decline',
      summary: 'The invited caregiver says no before signing, with an optional reason; the parent is told (a repeat gives the first answer)',
      tag,
      access: ['family', 'caregiver'],
      params: agreementIdParamsSchema,
      body: declineRequestSchema,
      response: agreementSchema,
      audit: { action: 'agreement.decline', record: ({ params }) => agreementSubject(deps.db, params.agreementId) },
      handler: async ({ principal, params, body }) =>
        toAgreementView(deps.db, await declineAgreement(deps, principal, params.agreementId, body.reason), 'caregiver'),
    }),
    defineRoute({
      method: 'post',
      path: '/api/agreements/:agreementId/signatures',
      summary: 'Sign the agreement as it is now (201; a repeat 200 with the first signature)',
      tag,
      access: ['family', 'caregiver'],
      params: agreementIdParamsSchema,
      body: signatureRequestSchema,
      rateLimit: ({ ctx, principal }) => consumeRateLimit(deps, ctx, 'submission', principal.accountId),
      response: agreementSchema,
      mayCreate: true,
      audit: {
        action: 'agreement.sign',
        record: async ({ params, body }) => ({ ...(await agreementSubject(deps.db, params.agreementId)), detail: { party: body.party } }),
      },
      handler: async ({ principal, params, body }) => {
        const { loaded, created } = await signAgreement(deps, principal, params.agreementId, body);
        return new WithStatus(created ? 201 : 200, await toAgreementView(deps.db, loaded, body.party));
      },
    }),
  ];
}
