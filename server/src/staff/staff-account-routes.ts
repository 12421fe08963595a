import { sessionSchema, staffRoles } from '@ccs/shared';
import {
  issuedPasswordSchema,
  newStaffAccountSchema,
  staffAccountChangesSchema,
  staffAccountListSchema,
  staffAccountQuerySchema,
  staffAccountSchema,
} from '@ccs/shared/staff/staff-account-schemas';
import { staffImportReportSchema } from '@ccs/shared/staff/staff-import-schemas';
import { passwordChangeSchema } from '@ccs/shared/staff/staff-password';
import { staffUsernameParamsSchema } from '@ccs/shared/staff/succession-schemas';
import { z } from 'zod';
import type { AppDeps } from '../app-deps';
import { ownAccount, staffAccountSubject } from '../audit/audit-subjects';
import { defineRoute, WithStatus } from '../http/define-route';
import { readSpreadsheetUpload } from '../spreadsheets/read-spreadsheet-upload';
import { changeOwnPassword } from './change-own-password';
import { createManagedStaffAccount } from './create-managed-staff-account';
import { importStaffRoster } from './import-staff-roster';
import { listStaffAccounts } from './list-staff-accounts';
import { resetStaffPassword } from './reset-staff-password';
import { rosterTemplate } from './roster-template';
import { setStaffAccountDisabled } from './set-staff-account-disabled';
import { updateStaffAccount } from './update-staff-account';

/**
 * A region's administrator manages its staff accounts. Administrators only, not county officers: the officer
 * approves and pays, and whoever can make a village director's account could verify a case under a made-up
 * name and approve it (separation of duties); officers keep the successor route for a member who leaves.
 */
const access = ['admin'] as const;
const tag = 'staff';
const account = '/api/staff/accounts/:username';
const subject = (deps: AppDeps) => ({ params }: { params: { username: string } }) => staffAccountSubject(deps.db, params.username);

export function staffAccountRoutes(deps: AppDeps) {
  const toggle = (path: 'disable' | 'enable') =>
    defineRoute({
      method: 'post', path: `${account}/${path}`, tag, access,
      summary: path === 'disable'
        ? 'Disable a staff member: sign-in and every session end at once; refused (STAFF_HOLDS_CASES) while they hold open cases'
        : 'Re-enable a disabled staff member',
      params: staffUsernameParamsSchema, response: staffAccountSchema,
      audit: { action: path === 'disable' ? 'staff.disable' : 'staff.enable', record: subject(deps) },
      handler: ({ principal, params }) => setStaffAccountDisabled(deps, principal, params.username, path === 'disable'),
    });
  return [
    defineRoute({
      method: 'get', path: '/api/staff/accounts', tag, access,
      summary: 'The staff of the administrator’s region, filtered by role, status and a part of a name, user name or phone',
      query: staffAccountQuerySchema, response: staffAccountListSchema,
      handler: async ({ principal, query }) => ({ accounts: await listStaffAccounts(deps, principal, query) }),
    }),
    defineRoute({
      method: 'post', path: '/api/staff/accounts', tag, access, status: 201,
      summary: 'Add a staff member; the answer carries the one-time password, shown once, which the first sign-in replaces',
      body: newStaffAccountSchema, response: issuedPasswordSchema,
      audit: { action: 'staff.create', record: ({ body }) => staffAccountSubject(deps.db, body.username) },
      handler: ({ principal, body }) => createManagedStaffAccount(deps, principal, body),
    }),
    defineRoute({
      method: 'put', path: account, tag, access,
      summary: 'Change a staff member’s name, phone, role or post, only the fields sent (PUT: WeChat’s request has no PATCH); a new post ends their sessions and is refused while they hold open cases',
      params: staffUsernameParamsSchema, body: staffAccountChangesSchema, response: staffAccountSchema,
      audit: { action: 'staff.edit', record: async (input) => ({ ...(await subject(deps)(input)), detail: { changed: Object.keys(input.body) } }) },
      handler: ({ principal, params, body }) => updateStaffAccount(deps, principal, params.username, body),
    }),
    toggle('disable'),
    toggle('enable'),
    defineRoute({
      method: 'post', path: `${account}/password-reset`, tag, access,
      summary: 'Give a staff member a new one-time password (shown once); their sessions end at once',
      params: staffUsernameParamsSchema, response: issuedPasswordSchema,
      audit: { action: 'staff.passwordReset', record: subject(deps) },
      handler: ({ principal, params }) => resetStaffPassword(deps, principal, params.username),
    }),
    defineRoute({
      method: 'get', path: '/api/staff/accounts/template', tag, access,
      summary: 'The roster template (.xlsx): 姓名, 手机号, 岗位/角色, 村/乡镇/县, 用户名',
      response: z.string().meta({ format: 'binary' }),
      mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      handler: async ({ ctx }) => {
        ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        ctx.attachment('工作人员花名册模板.xlsx');
        return rosterTemplate();
      },
    }),
    defineRoute({
      method: 'post', path: '/api/staff/account-imports', tag, access,
      summary:
        'Import a roster (.xlsx, multipart field `file`, at most 1 MB and 500 rows) all or nothing: `refused` with the problems ' +
        'of each row and nothing written, or `imported` with each one-time password; the same file again gives the same answer',
      multipart: z.object({ file: z.string().meta({ format: 'binary', description: '填好的花名册（.xlsx）' }) }),
      response: staffImportReportSchema,
      audit: {
        action: 'staff.import',
        record: ({ principal }, report: z.infer<typeof staffImportReportSchema>) => ({
          target: { kind: 'account', id: report.importId },
          regionCodes: [principal.regionScope ?? ''],
          detail: { status: report.status, rows: report.rows.length, refusedRows: report.rows.filter((row) => row.problems.length > 0).map((row) => row.row) },
        }),
      },
      handler: async ({ principal, ctx }) => importStaffRoster(deps, principal, (await readSpreadsheetUpload(deps, ctx.req)).file!),
    }),
    defineRoute({
      method: 'post', path: '/api/staff/me/password', tag, access: staffRoles, whilePasswordChangeRequired: true,
      summary: 'A staff member sets their own password (the current one required); every earlier session ends and a new one is returned',
      body: passwordChangeSchema, response: sessionSchema,
      audit: { action: 'account.passwordChange', record: ({ principal }) => ownAccount(principal) },
      handler: ({ principal, body, ctx }) => changeOwnPassword(deps, principal, body, ctx.ip),
    }),
  ];
}
