import { agreementIdParamsSchema, agreementSchema } from '@ccs/shared';
import { caregiverUnableRequestSchema, terminationRequestSchema } from '@ccs/shared/agreements/agreement-lifecycle-schemas';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { agreementSubject } from '../audit/audit-subjects';
import { toAgreementView } from './agreement-view';
import { markCaregiverUnable, terminateAgreement } from './end-agreement';

/** Keeping an agreement alive (issue 4 §6): the parent ends it early; the director finds the caregiver unable to care. */
export function agreementLifecycleRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/agreements/:agreementId/termination',
      summary: 'The parent ends the agreement early, from today, with a reason; a repeat gives the first ending',
      tag: 'agreements',
      access: ['family', 'caregiver'],
      params: agreementIdParamsSchema,
      body: terminationRequestSchema,
      response: agreementSchema,
      audit: { action: 'agreement.terminate', record: ({ params }) => agreementSubject(deps.db, params.agreementId) },
      handler: async ({ principal, params, body }) =>
        toAgreementView(deps.db, await terminateAgreement(deps, principal, params.agreementId, body.reason), 'parent'),
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/agreements/:agreementId/caregiver-unable',
      summary: 'The village’s child director records from a visit that the caregiver cannot care any more; the parent is told',
      tag: 'staff agreements',
      access: ['childDirector'],
      params: agreementIdParamsSchema,
      body: caregiverUnableRequestSchema,
      response: agreementSchema,
      audit: { action: 'agreement.caregiverUnable', record: ({ params }) => agreementSubject(deps.db, params.agreementId) },
      handler: async ({ principal, params, body }) =>
        toAgreementView(deps.db, await markCaregiverUnable(deps, principal, params.agreementId, body.notes), 'staff'),
    }),
  ];
}
