import { auditPageSchema, auditQuerySchema } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { searchAuditLog } from './search-audit-log';

/** The audit log, searched by the county civil affairs officer within their county. */
export function auditRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/audit',
      summary: '操作记录查询（县民政局工作人员）：本县范围内谁在何时从哪个地址查看或修改了什么，最新的在前；查询本身的记录只在 action=audit.search 时列出',
      tag: 'audit',
      access: ['countyOfficer'],
      query: auditQuerySchema,
      response: auditPageSchema,
      // Looking at the log is itself recorded; the filters are kept without a child's ID number.
      audit: {
        action: 'audit.search',
        record: ({ principal, query }) => ({
          target: { kind: 'auditLog', id: principal.regionScope ?? '' },
          regionCodes: principal.regionScope ? [principal.regionScope] : [],
          childIds: query.childId ? [query.childId] : [],
          detail: {
            from: query.from ?? null,
            to: query.to ?? null,
            action: query.action ?? null,
            actorAccountId: query.actorAccountId ?? null,
            target: query.targetKind ? `${query.targetKind}:${query.targetId ?? ''}` : (query.targetId ?? null),
            byChildResidentId: !!query.childResidentId,
            page: query.page,
          },
        }),
      },
      handler: ({ principal, query }) => searchAuditLog(deps, principal, query),
    }),
  ];
}
