import { agreementContactListSchema, agreementContactParamsSchema, agreementContactSchema, agreementIdParamsSchema, contactGapsSchema, contactRequestSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { listAgreementContacts, recordAgreementContact } from './record-agreement-contact';
import { agreementContactGaps } from './agreement-contact-gaps';
import { agreementSubject } from '../audit/audit-subjects';

const tag = 'agreement contacts';

/** Weekly contact (issue 4 §7); the services take `now`, so tests move the clock there rather than over HTTP. */
export function agreementContactRoutes(deps: AppDeps, now: () => Date = () => new Date()) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/agreements/:agreementId/contacts/:contactId',
      summary: 'The parent records a phone call, video call or visit home (201; the same contact id again 200)',
      tag,
      access: ['family'],
      params: agreementContactParamsSchema,
      body: contactRequestSchema,
      response: agreementContactSchema,
      mayCreate: true,
      audit: { action: 'agreement.contact', record: ({ params }) => agreementSubject(deps.db, params.agreementId) },
      handler: async ({ principal, params, body }) => {
        const { contact, created } = await recordAgreementContact(deps, principal, params.agreementId, params.contactId, body, now());
        return new WithStatus(created ? 201 : 200, contact);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/agreements/:agreementId/contacts',
      summary: 'The agreement’s recent contacts and the days since the last one (parties and staff in scope)',
      tag,
      access: 'signedIn',
      params: agreementIdParamsSchema,
      response: agreementContactListSchema,
      handler: ({ principal, params }) => listAgreementContacts(deps.db, principal, params.agreementId, now()),
    }),
    defineRoute({
      method: 'get',
      path: '/api/staff/agreement-contact-gaps',
      summary: 'Children of active agreements in scope whose parents recorded no contact for more than 7 days',
      tag,
      access: ['childDirector', 'childSupervisor', 'countyOfficer', 'admin'],
      response: contactGapsSchema,
      handler: ({ principal }) => agreementContactGaps(deps.db, principal, now()),
    }),
  ];
}
