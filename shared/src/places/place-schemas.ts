import { z } from 'zod';
import { regionCodeSchema } from '../regions/region-schemas';
import { plainText } from '../validation/plain-text';
import { placeKindLabels, type PlaceKind } from '../services/service-labels';

/**
 * Places that serve families (儿童之家, 未成年人救助保护机构, hospitals, schools taking migrant children): what families
 * read, and what a county officer or administrator enters for their region (issue 20 §2). Messages are the form's.
 */

export const placeKindSchema = z.enum(Object.keys(placeKindLabels) as [PlaceKind, ...PlaceKind[]], {
  error: `场所类型只能是：${Object.values(placeKindLabels).join('、')}`,
});

/** A place's id: lower-case letters, digits and hyphens (`xiuwen-liuguang-village-children-home`). */
export const placeIdSchema = z.string().regex(/^[a-z0-9-]+$/, '场所编号格式不对').max(100, '场所编号格式不对');

const required = (what: string, max: number) =>
  plainText().min(1, `请填写${what}`).max(max, `${what}不能超过${max}个字`);

/** WGS-84, as a phone measures it. */
export const placeLocationSchema = z.object({
  latitude: z.number({ error: '纬度应为数字' }).min(-90, '纬度应在-90到90之间').max(90, '纬度应在-90到90之间'),
  longitude: z.number({ error: '经度应为数字' }).min(-180, '经度应在-180到180之间').max(180, '经度应在-180到180之间'),
});
export type PlaceLocation = z.infer<typeof placeLocationSchema>;

/** What an administrator enters for a place: everything but its id. */
export const placeFieldsSchema = z.object({
  kind: placeKindSchema,
  name: required('场所名称', 60),
  /** The village or township (or county) it is in. */
  regionCode: regionCodeSchema,
  address: required('地址', 120),
  hours: required('开放时间', 80),
  phone: z.string({ error: '请填写电话' }).trim().min(1, '请填写电话').regex(/^[0-9-]{5,20}$/, '电话只能写数字和“-”，5到20位，例如 0851-82351201'),
  /** Optional: a place without one is listed by region (same village, township, county, city), never "near me". */
  location: placeLocationSchema.optional(),
});
export type PlaceFields = z.infer<typeof placeFieldsSchema>;

export const placeSchema = placeFieldsSchema.extend({ id: placeIdSchema }).meta({ id: 'Place' });
export type Place = z.infer<typeof placeSchema>;

/** An edit names the revision it was made on; another edit in between makes it stale (PLACE_STALE). */
export const placeEditSchema = placeFieldsSchema.extend({ revision: z.number().int().min(1) });
export const placeRevisionSchema = z.object({ revision: z.number().int().min(1) });

/** A place as its administrators see it: closed ones too, with the revision the next edit names. */
export const staffPlaceSchema = placeSchema
  .extend({
    revision: z.number().int().min(1),
    /** Closed: families no longer see it; kept for the record and may be reopened. */
    closed: z.boolean(),
    updatedAt: z.iso.datetime().nullable(),
    /** Where it is in words, below the county: 楚米镇高山村, 楚米镇, or the county's own name. */
    regionName: z.string(),
  })
  .meta({ id: 'StaffPlace' });
export type StaffPlace = z.infer<typeof staffPlaceSchema>;
