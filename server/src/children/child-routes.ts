import { z } from 'zod';
import { childIdParamsSchema, childInputSchema, childListSchema, childSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { childModel } from './child-model';
import { saveChild } from './save-child';
import { removeChild } from './remove-child';
import { requireChildConsent } from '../consent/find-child-consent';
import { toChild } from './child-view';
import { childSubject } from '../audit/audit-subjects';

export function childRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/children',
      summary: 'The signed-in family’s children',
      tag: 'children',
      access: ['family'],
      response: childListSchema,
      handler: async ({ principal }) => {
        const docs = await childModel(deps.db).find({ guardianAccountId: principal.accountId }).sort({ createdAt: 1 }).lean();
        return { children: await Promise.all(docs.map((doc) => toChild(deps.db, doc))) };
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/children/:childId',
      summary: 'Add a child (201) or save it again (200) under the id the app made',
      tag: 'children',
      access: ['family'],
      params: childIdParamsSchema,
      body: childInputSchema,
      response: childSchema,
      mayCreate: true,
      audit: { action: 'child.save', record: ({ params }) => childSubject(deps.db, params.childId) },
      handler: async ({ principal, params, body }) => {
        await requireChildConsent(deps, principal.accountId);
        const { child, created } = await saveChild(deps, principal.accountId, params.childId, body);
        return new WithStatus(created ? 201 : 200, await toChild(deps.db, child));
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/children/:childId',
      summary: 'Remove a child added by mistake, with its drafts; refused, naming why, once an application was submitted or an agreement names the child',
      tag: 'children',
      access: ['family'],
      params: childIdParamsSchema,
      status: 204,
      response: z.null(),
      audit: { action: 'child.remove', record: ({ params }) => childSubject(deps.db, params.childId) },
      handler: async ({ principal, params }) => {
        await removeChild(deps, principal.accountId, params.childId);
      },
    }),
  ];
}
