import {
  applicationIdParamsSchema,
  applicationListSchema,
  applicationSchema,
  applicationStatusLabels,
  draftRequestSchema,
  draftUpdateSchema,
  submitRequestSchema,
} from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { consumeRateLimit } from '../security/rate-limit';
import { childModel } from '../children/child-model';
import { applicationModel } from './application-model';
import { loadChild, programmeOf, toApplication } from './application-view';
import { familyApplication } from './family-application';
import { startDraft } from './start-draft';
import { submitApplication } from './submit-application';
import { updateDraftFacts } from './update-draft-facts';
import { requireChildConsent } from '../consent/find-child-consent';
import { applicationSubject } from '../audit/audit-subjects';

/** The family's side: start or resume a draft, save answers, submit, follow the case. */
export function applicationRoutes(deps: AppDeps) {
  const view = async (doc: Parameters<typeof toApplication>[1]) => toApplication(deps.db, doc, await loadChild(deps.db, doc.childId));
  return [
    defineRoute({
      method: 'post',
      path: '/api/applications',
      summary: 'Start a draft (201), or resume the open draft of this child and programme (200)',
      tag: 'applications',
      access: ['family'],
      body: draftRequestSchema,
      response: applicationSchema,
      mayCreate: true,
      audit: { action: 'application.start', record: (_input, result) => applicationSubject(deps.db, result.id) },
      handler: async ({ principal, body }) => {
        await requireChildConsent(deps, principal.accountId);
        const { draft, child, created } = await startDraft(deps, principal.accountId, body);
        return new WithStatus(created ? 201 : 200, await toApplication(deps.db, draft, child));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/applications',
      summary: 'The signed-in family’s applications, newest first',
      tag: 'applications',
      access: ['family'],
      response: applicationListSchema,
      handler: async ({ principal }) => {
        const docs = await applicationModel(deps.db).find({ guardianAccountId: principal.accountId }).sort({ updatedAt: -1 }).lean();
        const children = await childModel(deps.db).find({ guardianAccountId: principal.accountId }, { name: 1 }).lean();
        const names = new Map(children.map((child) => [child._id, child.name]));
        return {
          applications: docs.map((doc) => ({
            id: doc._id.toHexString(),
            reference: doc.reference,
            programme: doc.programme,
            programmeName: programmeOf(doc.programme).name,
            status: doc.status,
            statusLabel: applicationStatusLabels[doc.status],
            dueDate: doc.dueDate,
            grant: doc.grant,
            updatedAt: doc.updatedAt.toISOString(),
            childName: names.get(doc.childId) ?? '',
          })),
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/applications/:applicationId',
      summary: 'One of the family’s applications with its timeline',
      tag: 'applications',
      access: ['family'],
      params: applicationIdParamsSchema,
      response: applicationSchema,
      handler: async ({ principal, params }) => view(await familyApplication(deps.db, principal.accountId, params.applicationId)),
    }),
    defineRoute({
      method: 'put',
      path: '/api/applications/:applicationId/facts',
      summary: 'Save the family’s answers (draft, or returned for more information)',
      tag: 'applications',
      access: ['family'],
      params: applicationIdParamsSchema,
      body: draftUpdateSchema,
      response: applicationSchema,
      audit: { action: 'application.facts', record: ({ params }) => applicationSubject(deps.db, params.applicationId) },
      handler: async ({ principal, params, body }) => {
        await requireChildConsent(deps, principal.accountId);
        return view(await updateDraftFacts(deps, principal.accountId, params.applicationId, body.facts));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/applications/:applicationId/submit',
      summary: 'Submit (or resubmit after a return); send an Idempotency-Key header, repeats return the first result',
      tag: 'applications',
      access: ['family'],
      params: applicationIdParamsSchema,
      body: submitRequestSchema,
      idempotencyKey: 'required',
      rateLimit: ({ ctx, principal }) => consumeRateLimit(deps, ctx, 'submission', principal.accountId),
      response: applicationSchema,
      audit: { action: 'application.submit', record: ({ params }) => applicationSubject(deps.db, params.applicationId) },
      handler: async ({ principal, params, idempotencyKey }) => {
        await requireChildConsent(deps, principal.accountId);
        return view(await submitApplication(deps, principal.accountId, params.applicationId, idempotencyKey!));
      },
    }),
  ];
}
