import { z } from 'zod';
import {
  enteredFigureSchema,
  figureEntrySchema,
  figurePreviewSchema,
  figureSetSchema,
  isoDateSchema,
  parameterUnits,
  regionCodeSchema,
  staffFiguresSchema,
  type EnteredFigure,
  type FigurePreview,
} from '@ccs/shared';
import { defineRoute, WithStatus } from '../http/define-route';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { enterFigure } from './enter-figure';
import { figureSetOf } from './figure-set-of';
import { findParameterValue } from './find-parameter-value';
import { listStaffFigures } from './list-staff-figures';
import { previewFigure } from './preview-figure';

/** A dotted parameter name as the files give it, e.g. `benefits.orphan_allowance.scattered_amount`. */
const parameterNameParamsSchema = z.object({
  name: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)*$/, '标准名称应为小写字母、数字和下划线，用点分隔'),
});

const parameterValueQuerySchema = z.object({ region: regionCodeSchema, date: isoDateSchema });

const parameterValueSchema = z
  .object({
    name: z.string(),
    unit: z.enum(parameterUnits),
    /** The region whose entry applied: the code asked for or the nearest ancestor that has one. */
    regionCode: regionCodeSchema,
    effectiveFrom: isoDateSchema,
    value: z.number(),
    reference: z.string(),
  })
  .meta({ id: 'ParameterValue' });

const figureSetQuerySchema = z.object({ region: regionCodeSchema });

/** Standards and time limits as stored; public because they are published figures. Administrators enter new values. */
export function parameterRoutes({ db }: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/parameters',
      summary: '某地区适用的全部标准（本地区及上级地区各日期的数值），应用以此代替安装包里的数值；ETag 为版本，未变时 304',
      tag: 'parameters',
      access: 'public',
      publicData: true,
      query: figureSetQuerySchema,
      response: figureSetSchema,
      handler: async ({ query, ctx }) => {
        const set = await figureSetOf(db, query.region);
        const etag = `"${set.version}"`;
        // Kept by caches and the app, asked again each time: an unchanged set costs a 304, a new value shows at once.
        ctx.set('Cache-Control', 'public, no-cache');
        ctx.set('ETag', etag);
        if (ctx.get('if-none-match') === etag) return new WithStatus(304, undefined);
        return set;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/staff/figures',
      summary: '所管地区的补贴标准：现行数值、历次数值（数值、起始日期、依据文号、录入人、录入时间），以及系统管理员可以录入哪些（县级审批人员只看）',
      tag: 'parameters',
      access: ['countyOfficer', 'admin'],
      response: staffFiguresSchema,
      handler: ({ principal }) => {
        if (!principal.regionScope) throw new AppError('FIGURE_WRONG_LEVEL', { data: { owner: '' }, detail: 'no region scope' });
        return listStaffFigures(db, principal.regionScope, principal.roles.includes('admin'));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/figures/:name/preview',
      summary: '保存前预览一个新数值：本地区待审批的申请中有多少件金额会变（列出几件的编号），已批准的不受影响',
      tag: 'parameters',
      access: ['admin'],
      params: parameterNameParamsSchema,
      body: figureEntrySchema,
      response: figurePreviewSchema,
      // It reads which of the region's cases a value would change: a look at cases, recorded as one.
      audit: {
        action: 'figure.preview',
        record: ({ body }, preview: FigurePreview) => ({
          target: { kind: 'figure', id: `${preview.name}:${body.regionCode}:${body.effectiveFrom}` },
          regionCodes: [body.regionCode],
          detail: { value: body.value, open: preview.open, changed: preview.changed },
        }),
      },
      handler: ({ principal, params, body }) => previewFigure(db, principal, params.name, body),
    }),
    defineRoute({
      method: 'post',
      path: '/api/staff/figures/:name/entries',
      summary: '录入本级本地区一项标准的新数值（起始日期、依据文号）：只增不改，更正也是新录入；同一请求编号重复提交只保存一次（201 新录入，200 已有）',
      tag: 'parameters',
      access: ['admin'],
      params: parameterNameParamsSchema,
      body: figureEntrySchema,
      response: enteredFigureSchema,
      status: 200,
      mayCreate: true,
      idempotencyKey: 'required',
      audit: {
        action: 'figure.enter',
        record: (_, entered: EnteredFigure) => ({
          target: { kind: 'figure', id: entered.id },
          regionCodes: [entered.regionCode],
          detail: { name: entered.name, effectiveFrom: entered.effectiveFrom, value: entered.value, documentNumber: entered.basis },
        }),
      },
      handler: async ({ principal, params, body, idempotencyKey }) => {
        const { entered, created } = await enterFigure(db, principal, params.name, body, idempotencyKey!);
        return new WithStatus(created ? 201 : 200, entered);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/parameters/:name/value',
      summary: '某地区某日生效的标准或时限（村→乡镇→县→市→省逐级查找）',
      tag: 'parameters',
      access: 'public',
      publicData: true,
      params: parameterNameParamsSchema,
      query: parameterValueQuerySchema,
      response: parameterValueSchema,
      handler: async ({ params, query }) => {
        const found = await findParameterValue(db, params.name, query.region, query.date);
        if (!found) throw new AppError('PARAMETER_NOT_FOUND', { detail: `${params.name} ${query.region} ${query.date}` });
        return found;
      },
    }),
  ];
}
