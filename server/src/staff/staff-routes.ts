import { staffUsernameParamsSchema, successionSchema, successorRequestSchema } from '@ccs/shared/staff/succession-schemas';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { replaceStaffMember } from './replace-staff-member';
import { staffAccountSubject } from '../audit/audit-subjects';
import { staffAccountRoutes } from './staff-account-routes';

/** Managing the staff network of a county. */
export function staffRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'post',
      path: '/api/staff/accounts/:username/successor',
      summary:
        'A staff member leaves: create the successor with the same roles and region (201; 200 when repeated), ' +
        'disable the leaving account and move its open cases to the successor',
      tag: 'staff',
      access: ['admin', 'countyOfficer'],
      params: staffUsernameParamsSchema,
      body: successorRequestSchema,
      response: successionSchema,
      mayCreate: true,
      audit: {
        action: 'staff.replace',
        record: async ({ params, body }, succession) => ({
          ...(await staffAccountSubject(deps.db, params.username)),
          detail: { leaving: params.username, successor: body.username, movedCases: succession.movedCases },
        }),
      },
      handler: async ({ principal, params, body }) => {
        const { succession, created } = await replaceStaffMember(deps, principal, params.username, body);
        return new WithStatus(created ? 201 : 200, succession);
      },
    }),
    ...staffAccountRoutes(deps),
  ];
}
