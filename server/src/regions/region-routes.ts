import { z } from 'zod';
import { regionChildrenSchema, regionCodeParamsSchema, regionParamsSchema, regionSchema } from '@ccs/shared';
import { defineRoute } from '../http/define-route';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { findRegion, findRegionChildren } from './find-region';
import { openRegionScope } from './open-region-scope';

const openParamsSchema = z.object({ code: z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, '请选择要开通的省、市或县（区）') });
const openedScopeSchema = z
  .object({ code: z.string(), name: z.string(), opened: z.boolean(), villages: z.number().int(), ms: z.number().int() })
  .meta({ id: 'OpenedRegionScope' });

/**
 * The region picker's data, public because people pick their village before they sign in; and an administrator's
 * opening of a province, city or county inside their scope for service, which loads its villages at once.
 */
export function regionRoutes({ db }: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/regions/:code',
      summary: '地区及其从省到本级的路径',
      tag: 'regions',
      access: 'public',
      publicData: true,
      params: regionCodeParamsSchema,
      response: regionSchema,
      handler: async ({ params }) => (await findRegion(db, params.code)) ?? notFound(params.code),
    }),
    defineRoute({
      method: 'get',
      path: '/api/regions/:code/children',
      summary: '下一级地区列表（root 为省级列表）',
      tag: 'regions',
      access: 'public',
      publicData: true,
      params: regionParamsSchema,
      response: regionChildrenSchema,
      handler: async ({ params }) => (await findRegionChildren(db, params.code)) ?? notFound(params.code),
    }),
    defineRoute({
      method: 'post',
      path: '/api/admin/regions/:code/open',
      summary: '开通一个省、市或县（区）的服务：载入其村（社区），家长即可选到村、在当地申请，无需重启',
      tag: 'regions',
      access: ['admin'],
      params: openParamsSchema,
      response: openedScopeSchema,
      audit: {
        action: 'region.open',
        record: ({ params }, result: { villages: number; opened: boolean }) => ({
          target: { kind: 'region', id: params.code },
          regionCodes: [params.code],
          detail: { opened: result.opened, villages: result.villages },
        }),
      },
      handler: async ({ principal, params }) => {
        if (principal.regionScope && !params.code.startsWith(principal.regionScope)) {
          throw new AppError('FORBIDDEN', { detail: `region ${params.code} outside the admin's scope` });
        }
        const region = (await findRegion(db, params.code)) ?? notFound(params.code);
        return { ...(await openRegionScope(db, params.code)), name: region.name };
      },
    }),
  ];
}

function notFound(code: string): never {
  throw new AppError('REGION_NOT_FOUND', { detail: `region ${code}` });
}
