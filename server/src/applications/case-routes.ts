import {
  applicationIdParamsSchema,
  caseDetailSchema,
  caseQuerySchema,
  caseQueueSchema,
  childFileSchema,
  childIdParamsSchema,
  staffRoles,
  transitionRequestSchema,
} from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedApplication } from '../audit/refused-access';
import { defineRoute } from '../http/define-route';
import type { Principal } from '../http/app-state';
import { loadParameterSet } from '../parameters/load-parameter-set';
import { childFile } from '../children/child-file';
import type { ApplicationDoc } from './application-model';
import { loadCase } from './case-step';
import { loadChild } from './application-view';
import { toCaseDetail } from './case-views';
import { listCaseQueue } from './list-case-queue';
import { canSeeCase } from './staff-access';
import { sensitiveScreen } from './sensitive-screen';
import { transitionCase } from './transition-case';
import { applicationSubject, childSubject } from '../audit/audit-subjects';

/** The staff workbench: my queue, a case, its transitions, a child's file. */
export function caseRoutes(deps: AppDeps) {
  const detail = async (doc: ApplicationDoc, principal: Principal) =>
    toCaseDetail(deps.db, doc, await loadChild(deps.db, doc.childId), principal, sensitiveScreen(principal, doc), await loadParameterSet(deps.db));
  return [
    defineRoute({
      method: 'get',
      path: '/api/staff/cases',
      summary: 'The cases my post holds, due first (overdue lead), filtered and paged',
      tag: 'cases',
      access: staffRoles,
      query: caseQuerySchema,
      response: caseQueueSchema,
      handler: ({ principal, query }) => listCaseQueue(deps, principal, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/staff/cases/:applicationId',
      summary: 'A case in my chain: facts, documents, the rules’ verdict, history, my actions',
      tag: 'cases',
      access: staffRoles,
      params: applicationIdParamsSchema,
      response: caseDetailSchema,
      audit: { action: 'case.view', record: ({ params }) => applicationSubject(deps.db, params.applicationId) },
      handler: async ({ principal, params }) => {
        const doc = await loadCase(deps.db, params.applicationId);
        if (!doc || doc.status === 'draft') throw new AppError('NOT_FOUND');
        if (!canSeeCase(principal, doc)) throw refusedApplication(doc, 'case outside the caller’s region');
        return detail(doc, principal);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/cases/:applicationId/transitions',
      summary: 'Act on a case at the version I saw: verify, forward, approve, return, reject or hand over; an Idempotency-Key header makes a retry return the first result',
      tag: 'cases',
      access: staffRoles,
      params: applicationIdParamsSchema,
      body: transitionRequestSchema,
      idempotencyKey: 'optional',
      response: caseDetailSchema,
      audit: {
        action: 'case.transition',
        record: async ({ params, body }) => {
          const subject = await applicationSubject(deps.db, params.applicationId);
          return { ...subject, detail: { ...subject.detail, caseAction: body.action } };
        },
      },
      handler: async ({ principal, params, body, idempotencyKey }) => {
        return detail(await transitionCase(deps, principal, params.applicationId, body, idempotencyKey), principal);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/staff/children/:childId',
      summary: 'A child’s file (一人一档): applications, grants, verification visits',
      tag: 'cases',
      access: staffRoles,
      params: childIdParamsSchema,
      response: childFileSchema,
      audit: { action: 'child.view', record: ({ params }) => childSubject(deps.db, params.childId) },
      handler: ({ principal, params }) => childFile(deps, principal, params.childId),
    }),
  ];
}
