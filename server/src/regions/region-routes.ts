import { regionChildrenSchema, regionCodeParamsSchema, regionParamsSchema, regionSchema } from '@ccs/shared';
import { defineRoute } from '../http/define-route';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { findRegion, findRegionChildren } from './find-region';

/** The region picker's data; public because people pick their village before they sign in. */
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
  ];
}

function notFound(code: string): never {
  throw new AppError('REGION_NOT_FOUND', { detail: `region ${code}` });
}
