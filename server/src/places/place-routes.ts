import { z } from 'zod';
import { regionCodeSchema } from '@ccs/shared';
import { nearbyPlaceSchema, placeIdSchema, placeKindLabels, placeKindSchema, placeSchema, type PlaceKind } from '@ccs/shared/services/service-schemas';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { AppError } from '../errors/app-error';
import { findNearbyPlaces, findPlace, findPlacesByIds, findPlacesByRegion } from './find-places';
import { nearSchema } from './near-schema';

const kindNames = Object.entries(placeKindLabels).map(([kind, label]) => `${kind}（${label}）`).join('、');
const isPlaceKind = (kind: string): kind is PlaceKind => placeKindSchema.safeParse(kind).success;

/** `childrenHome,protectionCentre` → the kinds; one unknown kind refuses the whole list. */
const kindsSchema = z
  .string()
  .transform((text) => text.split(',').map((kind) => kind.trim()).filter((kind) => kind !== ''))
  .refine((kinds) => kinds.every(isPlaceKind), `场所类型只能是：${kindNames}，多个用逗号隔开`)
  .transform((kinds) => kinds as PlaceKind[]);

const placesQuerySchema = z
  .object({
    near: nearSchema.optional(),
    region: regionCodeSchema.optional(),
    kinds: kindsSchema.optional(),
    limit: z.coerce.number({ error: '条数应为1到50的整数' }).int('条数应为1到50的整数').min(1, '条数应为1到50的整数').max(50, '条数应为1到50的整数').default(10),
    /** A service item's own places, by id (`a,b`): the open ones, in that order. */
    ids: z
      .string()
      .transform((text) => text.split(',').map((id) => id.trim()).filter((id) => id !== ''))
      .pipe(z.array(placeIdSchema).min(1, '请给出场所编号').max(10, '一次最多查10个场所'))
      .optional(),
  })
  .refine((query) => query.near !== undefined || query.region !== undefined || query.ids !== undefined, {
    message: '请给出您的位置（near）或所在地区（region）',
    path: ['near'],
  });

const placeParamsSchema = z.object({ id: placeIdSchema });

const placesResultSchema = z.object({ places: z.array(nearbyPlaceSchema) }).meta({ id: 'NearbyPlaces' });

/** 儿童之家, protection centres and the other places, near a point or in a region: public, no sign-in. */
export function placeRoutes({ db }: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/places',
      summary: '附近的服务场所：给 near=纬度,经度 按距离由近到远（带 distanceMetres）；否则给 region，同村、同乡镇、同县、同市依次排列；给 ids 则是这几个场所（服务项目指定的办理地点）。已关闭的不列出',
      tag: 'places',
      access: 'public',
      publicData: true,
      query: placesQuerySchema,
      response: placesResultSchema,
      handler: async ({ query }) => {
        if (query.ids) return { places: await findPlacesByIds(db, query.ids) };
        const options = { kinds: query.kinds, limit: query.limit };
        if (query.near) return { places: await findNearbyPlaces(db, query.near, options) };
        return { places: await findPlacesByRegion(db, query.region!, options) };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/places/:id',
      summary: '一个服务场所：地址、开放时间、电话、位置',
      tag: 'places',
      access: 'public',
      publicData: true,
      params: placeParamsSchema,
      response: placeSchema,
      handler: async ({ params }) => {
        const place = await findPlace(db, params.id);
        if (!place) throw new AppError('PLACE_NOT_FOUND', { detail: params.id });
        return place;
      },
    }),
  ];
}
