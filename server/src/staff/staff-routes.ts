import { staffUsernameParamsSchema, successionSchema, successorRequestSchema } from '@ccs/shared/staff/succession-schemas';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus } from '../http/define-route';
import { replaceStaffMember } from './replace-staff-member';

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
      handler: async ({ principal, params, body, ctx }) => {
        const { succession, created } = await replaceStaffMember(deps, principal, params.username, body, ctx.ip || null);
        return new WithStatus(created ? 201 : 200, succession);
      },
    }),
  ];
}
