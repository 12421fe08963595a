import { z } from 'zod';
import { placeEditSchema, placeRevisionSchema, staffPlaceSchema } from '@ccs/shared/places/place-schemas';
import { placeIdSchema, placeKindSchema, placeSchema } from '@ccs/shared/services/service-schemas';
import type { AppDeps } from '../app-deps';
import { defineRoute, WithStatus, type AuditRecord } from '../http/define-route';
import { AppError } from '../errors/app-error';
import { placeEditors } from './place-access';
import { createPlace } from './create-place';
import { changePlace, type PlaceChange } from './change-place';
import { listStaffPlaces } from './list-staff-places';
import { staffPlaceView } from './load-staff-place';
import type { Principal } from '../http/app-state';
import type { StaffPlace } from '@ccs/shared/places/place-schemas';
import { placeImportReportSchema, type PlaceImportReport } from '@ccs/shared/places/place-import-schemas';
import { readSpreadsheetUpload } from '../spreadsheets/read-spreadsheet-upload';
import { importPlaces } from './import-places';
import { placesTemplate } from './places-template';

const placeParamsSchema = z.object({ id: placeIdSchema });
const staffPlacesQuerySchema = z.object({
  kind: placeKindSchema.optional(),
  q: z.string().trim().max(30, '搜索的字太多了，请少于30个字').optional(),
});
const staffPlacesSchema = z.object({ places: z.array(staffPlaceSchema) }).meta({ id: 'StaffPlaces' });

const placeSubject = (place: StaffPlace): AuditRecord => ({
  target: { kind: 'place', id: place.id },
  regionCodes: [place.regionCode],
  detail: { revision: place.revision },
});

const actorOf = (principal: Principal) => ({ accountId: principal.accountId, regionScope: principal.regionScope });

/** Close, reopen: the same revision-checked change, each audited as itself. */
function statusRoute(deps: AppDeps, action: 'close' | 'reopen') {
  return defineRoute({
    method: 'post',
    path: `/api/staff/places/:id/${action}`,
    summary: action === 'close' ? '关闭一个场所：家长不再看到它，记录保留，可以重新开放' : '重新开放一个关闭的场所',
    tag: 'places',
    access: placeEditors,
    params: placeParamsSchema,
    body: placeRevisionSchema,
    response: staffPlaceSchema,
    audit: { action: `place.${action}`, record: (_, place: StaffPlace) => placeSubject(place) },
    handler: async ({ principal, params, body }) =>
      staffPlaceView(deps.db, await changePlace(deps.db, params.id, body.revision, { closed: action === 'close' }, actorOf(principal))),
  });
}

/** Places set up by a county officer or administrator for their region (issue 20 §2). */
export function staffPlaceRoutes(deps: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/staff/places',
      summary: '本地区的服务场所（含已关闭的），可按类型筛选、按名称地址电话搜索（县民政局工作人员、管理员）',
      tag: 'places',
      access: placeEditors,
      query: staffPlacesQuerySchema,
      response: staffPlacesSchema,
      handler: async ({ principal, query }) => {
        if (!principal.regionScope) throw new AppError('PLACE_OUT_OF_REGION', { detail: 'no region scope' });
        return { places: await listStaffPlaces(deps.db, principal.regionScope, query) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/places',
      summary: '添加一个场所，编号由应用生成：同一人重复提交同一个场所只添加一次（201 新加，200 已有）',
      tag: 'places',
      access: placeEditors,
      body: placeSchema,
      response: staffPlaceSchema,
      status: 200,
      mayCreate: true,
      audit: { action: 'place.create', record: (_, place: StaffPlace) => placeSubject(place) },
      handler: async ({ principal, body }) => {
        const { doc, created } = await createPlace(deps.db, body, actorOf(principal));
        return new WithStatus(created ? 201 : 200, await staffPlaceView(deps.db, doc));
      },
    }),
    defineRoute({
      method: 'put',
      path: '/api/staff/places/:id',
      summary: '修改一个场所：带上修改前的 revision；别人先改过则 409 PLACE_STALE',
      tag: 'places',
      access: placeEditors,
      params: placeParamsSchema,
      body: placeEditSchema,
      response: staffPlaceSchema,
      audit: { action: 'place.edit', record: (_, place: StaffPlace) => placeSubject(place) },
      handler: async ({ principal, params, body }) => {
        const { revision, ...fields } = body;
        const change: PlaceChange = { fields };
        return staffPlaceView(deps.db, await changePlace(deps.db, params.id, revision, change, actorOf(principal)));
      },
    }),
    statusRoute(deps, 'close'),
    statusRoute(deps, 'reopen'),
    defineRoute({
      method: 'get',
      path: '/api/staff/places/template',
      summary: '场所导入模板（.xlsx）：编号、名称、类型、村/乡镇/县代码、地址、电话、开放时间、纬度、经度',
      tag: 'places',
      access: placeEditors,
      response: z.string().meta({ format: 'binary' }),
      mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      handler: async ({ ctx }) => {
        ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
        ctx.attachment('服务场所导入模板.xlsx');
        return placesTemplate();
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/place-imports',
      summary:
        '导入场所表格（.xlsx，multipart 字段 file，最多 1 MB、500 行），要么全部导入，要么一行不写：refused 时列出每行的问题；同一个表格再传一次，各行为 unchanged',
      tag: 'places',
      access: placeEditors,
      multipart: z.object({ file: z.string().meta({ format: 'binary', description: '填好的场所表格（.xlsx）' }) }),
      response: placeImportReportSchema,
      audit: {
        action: 'place.import',
        record: ({ principal }, report: PlaceImportReport) => ({
          target: { kind: 'place', id: `import:${principal.regionScope ?? ''}` },
          regionCodes: [principal.regionScope ?? ''],
          detail: {
            status: report.status,
            added: report.rows.filter((row) => row.outcome === 'added').map((row) => row.placeId),
            updated: report.rows.filter((row) => row.outcome === 'updated').map((row) => row.placeId),
            refusedRows: report.rows.filter((row) => row.problems.length > 0).map((row) => row.row),
          },
        }),
      },
      handler: async ({ principal, ctx }) => importPlaces(deps.db, actorOf(principal), (await readSpreadsheetUpload(deps, ctx.req)).file!),
    }),
  ];
}
