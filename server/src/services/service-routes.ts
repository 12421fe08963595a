import { z } from 'zod';
import { regionCodeSchema } from '@ccs/shared';
import { listedServiceItemSchema, nearbyPlaceSchema, regionServiceListSchema, serviceSearchHitSchema } from '@ccs/shared/services/service-schemas';
import type { Connection } from 'mongoose';
import type { AppDeps } from '../app-deps';
import { defineRoute } from '../http/define-route';
import { AppError } from '../errors/app-error';
import { findRegion } from '../regions/find-region';
import { composeRegionList } from './compose-region-list';
import { searchIndexFor } from './search/search-index-cache';
import { findNearbyPlaces, findPlacesByRegion } from '../places/find-places';
import { nearSchema } from '../places/near-schema';

const regionQuerySchema = z.object({ region: regionCodeSchema });

const searchQuerySchema = z.object({
  q: z.string({ error: '请输入要找的服务，比如“低保”或“上学”' }).trim().min(1, '请输入要找的服务，比如“低保”或“上学”').max(50, '搜索的字太多了，请少于50个字'),
  region: regionCodeSchema,
  limit: z.coerce.number({ error: '条数应为1到50的整数' }).int('条数应为1到50的整数').min(1, '条数应为1到50的整数').max(50, '条数应为1到50的整数').default(10),
  /** Where the family is, when it shares it: places asked for come nearest first, with their distance. */
  near: nearSchema.optional(),
});

/** How many places a search for a kind of place shows (儿童之家, 救助站, 医院). */
const PLACES_SHOWN = 5;

const itemParamsSchema = z.object({ id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, '服务编号格式不对').max(100) });

const searchResultSchema = z
  .object({
    hits: z.array(serviceSearchHitSchema),
    /** The places themselves when the query names a kind of place; nearest first given `near`, else by region. */
    places: z.array(nearbyPlaceSchema),
  })
  .meta({ id: 'ServiceSearchResult' });

/** The composed list of a region that exists in the region data (REGION_NOT_FOUND otherwise). */
async function regionList(db: Connection, regionCode: string) {
  if (!(await findRegion(db, regionCode))) throw new AppError('REGION_NOT_FOUND', { detail: regionCode });
  return composeRegionList(db, regionCode);
}

/** Reading and searching the published lists: public, no sign-in (issue 5 item 5). */
export function serviceRoutes({ db }: AppDeps) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/services',
      summary: '一个地方能享受的服务：省清单加上市、县新增的项目（村、乡镇按所在县）',
      tag: 'services',
      access: 'public',
      publicData: true,
      query: regionQuerySchema,
      response: regionServiceListSchema,
      handler: async ({ query }) => {
        const { key: _key, ...list } = await regionList(db, query.region);
        return list;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/services/search',
      summary: '搜索一个地方的服务：中文（繁体、错别字、同音字也行）、拼音全拼或首字母、整句话；问的是一类地方（儿童之家、救助站、医院）时也给出这些地方',
      tag: 'services',
      access: 'public',
      publicData: true,
      query: searchQuerySchema,
      response: searchResultSchema,
      handler: async ({ query }) => {
        const list = await regionList(db, query.region);
        const { hits, placeKinds } = searchIndexFor(db.name, list.key, list.items).find(query.q, query.limit);
        const options = { kinds: placeKinds, limit: PLACES_SHOWN };
        const places = placeKinds.length === 0 ? [] : query.near ? await findNearbyPlaces(db, query.near, options) : await findPlacesByRegion(db, query.region, options);
        return { hits, places };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/services/items/:id',
      summary: '一个地方清单里的一项服务',
      tag: 'services',
      access: 'public',
      publicData: true,
      params: itemParamsSchema,
      query: regionQuerySchema,
      response: listedServiceItemSchema,
      handler: async ({ params, query }) => {
        const list = await regionList(db, query.region);
        const item = list.items.find((candidate) => candidate.id === params.id);
        if (!item) throw new AppError('SERVICE_ITEM_NOT_FOUND', { detail: `${params.id} in ${query.region}` });
        return item;
      },
    }),
  ];
}
