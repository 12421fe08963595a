import { Types } from 'mongoose';
import { z } from 'zod';
import { closeDataRequestSchema, dataRequestIdParamsSchema, dataRequestInputSchema, dataRequestListSchema, dataRequestSchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { dataRequestModel } from './data-request-model';
import { toDataRequest } from './data-request-view';
import { requestChildDataChange } from './request-child-data-change';
import { closeDataRequest } from './close-data-request';
import { dataRequestSubject } from '../audit/audit-subjects';

const tag = 'consent';
const staff = ['childDirector', 'childSupervisor', 'countyOfficer'] as const;
const staffQuerySchema = z.object({ status: z.enum(['open', 'done']).optional() });

/** Requests to correct or delete a child's data: the family asks and follows them, staff in region close them. */
export function dataRequestRoutes(deps: AppDeps) {
  const Request = () => dataRequestModel(deps.db);
  return [
    defineRoute({
      method: 'post',
      path: '/api/me/data-requests',
      summary: 'Ask to correct or delete a child’s data (201; 200 for a repeat of the same id); a child never submitted and in no agreement is deleted at once',
      tag,
      access: ['family'],
      body: dataRequestInputSchema,
      response: dataRequestSchema,
      mayCreate: true,
      audit: { action: 'dataRequest.create', record: (_input, request) => dataRequestSubject(deps.db, request.id) },
      handler: async ({ principal, body }) => {
        const { request, created } = await requestChildDataChange(deps, principal.accountId, body);
        return new WithStatus(created ? 201 : 200, await toDataRequest(deps.db, request));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/me/data-requests',
      summary: 'The signed-in family’s requests to correct or delete, newest first',
      tag,
      access: ['family'],
      response: dataRequestListSchema,
      handler: async ({ principal }) => {
        const docs = await Request().find({ accountId: new Types.ObjectId(principal.accountId) }).sort({ createdAt: -1 }).lean();
        return { requests: await Promise.all(docs.map((doc) => toDataRequest(deps.db, doc))) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/staff/data-requests',
      summary: 'Requests about children whose hukou or residence village is in the caller’s scope, oldest first',
      tag,
      access: staff,
      query: staffQuerySchema,
      response: dataRequestListSchema,
      handler: async ({ principal, query }) => {
        const filter = { regions: { $regex: `^${principal.regionScope}` }, ...(query.status ? { status: query.status } : {}) };
        const docs = await Request().find(filter).sort({ createdAt: 1 }).limit(200).lean();
        return { requests: await Promise.all(docs.map((doc) => toDataRequest(deps.db, doc))) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/data-requests/:requestId/close',
      summary: 'Close a request in region, saying what was done; closing again returns it unchanged',
      tag,
      access: staff,
      params: dataRequestIdParamsSchema,
      body: closeDataRequestSchema,
      response: dataRequestSchema,
      audit: { action: 'dataRequest.close', record: ({ params }) => dataRequestSubject(deps.db, params.requestId) },
      handler: async ({ principal, params, body }) => toDataRequest(deps.db, await closeDataRequest(deps, principal, params.requestId, body.outcome)),
    }),
  ];
}
