import { agreementCoverageSchema, agreementIdParamsSchema, agreementListSchema, agreementSchema, staffAgreementQuerySchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { agreementSubject } from '../audit/audit-subjects';
import { listStaffAgreements } from './list-agreements';
import { acknowledgeAgreement } from './acknowledge-agreement';
import { agreementCoverage } from './agreement-coverage';
import { toAgreementView } from './agreement-view';

const tag = 'staff agreements';
const staff = ['childDirector', 'childSupervisor', 'countyOfficer', 'admin'] as const;

/** The village's filings (issue 4 §5): the director acknowledges signed agreements and watches coverage. */
export function staffAgreementRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/staff/agreements',
      summary: 'Agreements of the villages in scope; ?status=signed is the queue of new filings',
      tag,
      access: staff,
      query: staffAgreementQuerySchema,
      response: agreementListSchema,
      handler: async ({ principal, query }) => ({ agreements: await listStaffAgreements(deps.db, principal, query.status) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/agreements/:agreementId/acknowledge',
      summary: 'The village’s child director archives a signed agreement (已存档); a repeat gives the same result',
      tag,
      access: ['childDirector'],
      params: agreementIdParamsSchema,
      response: agreementSchema,
      audit: { action: 'agreement.acknowledge', record: ({ params }) => agreementSubject(deps.db, params.agreementId) },
      handler: async ({ principal, params }) => toAgreementView(deps.db, await acknowledgeAgreement(deps, principal, params.agreementId), 'staff'),
    }),
    defineRoute({
      method: 'get',
      path: '/api/staff/agreement-coverage',
      summary: 'Left-behind children of the villages in scope, with and without an active agreement',
      tag,
      access: staff,
      response: agreementCoverageSchema,
      handler: ({ principal }) => agreementCoverage(deps.db, principal),
    }),
  ];
}
