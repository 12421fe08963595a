import { z } from 'zod';
import { isoDateSchema, parameterUnits, regionCodeSchema } from '@ccs/shared';
import { defineRoute } from '../http/define-route';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { findParameterValue } from './find-parameter-value';

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

/** Standards and time limits as stored; public because they are published figures. */
export function parameterRoutes({ db }: AppDeps) {
  return [
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
