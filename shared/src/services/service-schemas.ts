import { z } from 'zod';
import { regionCodeSchema } from '../regions/region-schemas';
import { schoolingLabels } from '../rules/child-facts';
import { programmes, type ProgrammeId } from '../rules/programmes';
import { serviceCategoryLabels } from './service-labels';
import { placeIdSchema, placeKindSchema, placeSchema } from '../places/place-schemas';
import { plainText } from '../validation/plain-text';

export { placeKindLabels, serviceCategoryLabels, type PlaceKind, type ServiceCategory } from './service-labels';
export { placeIdSchema, placeKindSchema, placeLocationSchema, placeSchema, type Place } from '../places/place-schemas';

/**
 * The service list (关爱服务清单, seed 002 §15 and its annex; docs/policy.md "The service list"): items a child can
 * use where it lives, each saying who, what, which department, how to ask and where. Lists are data,
 * versioned per region: the province list holds at least the national base items, a city or county
 * adds its own, and a published version never changes.
 */

const keysOf = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

export const serviceCategorySchema = z.enum(keysOf(serviceCategoryLabels));

const programmeIds = programmes.map((programme) => programme.id) as [ProgrammeId, ...ProgrammeId[]];

/**
 * Who an item is for, as data the entitlement check reads; every condition must hold. The formulas live
 * in `entitlement-check.ts`; an item linked to a programme is decided by that programme's own rules.
 */
export const serviceConditionSchema = z.discriminatedUnion('kind', [
  /** Younger than `years` on the day of the check. */
  z.object({ kind: z.literal('ageBelow'), years: z.number().int().min(1).max(25) }),
  z.object({ kind: z.literal('ageAtLeast'), years: z.number().int().min(0).max(25) }),
  /** 流动儿童 (seed 002 （四）). */
  z.object({ kind: z.literal('migrant') }),
  /** Holds a residence permit (居住证) at the place of residence. */
  z.object({ kind: z.literal('residencePermit') }),
  z.object({ kind: z.literal('schooling'), in: z.array(z.enum(keysOf(schoolingLabels))).min(1) }),
  z.object({ kind: z.literal('disability') }),
  z.object({ kind: z.literal('familyAssistance'), in: z.array(z.enum(['minimumLiving', 'destituteSupport'])).min(1) }),
]);
export type ServiceCondition = z.infer<typeof serviceConditionSchema>;

const text = (max: number) => plainText({ multiline: true }).min(1).max(max);

export const serviceItemSchema = z
  .object({
    /** Stable across versions and regions, e.g. `national.compulsory-education`; the county's own start with its code. */
    id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, '编号只能用小写字母、数字、点和连字符'),
    category: serviceCategorySchema,
    title: text(40),
    /** 服务对象, in plain words. */
    forWhom: text(300),
    /** 服务内容: what the child or family gets. */
    gives: text(500),
    /** 责任部门. */
    department: text(100),
    /** 怎么办: the steps, in plain words. */
    howToApply: text(600),
    documents: z.array(text(60)).max(20),
    hotline: z.string().regex(/^[0-9-]{3,20}$/).optional(),
    /** The kinds of places that provide it; the app shows the nearest of these. */
    placeKinds: z.array(placeKindSchema).max(5),
    /** Where it is handled: at the place of residence, or through the hukou place. */
    handledAt: z.enum(['residence', 'hukou']),
    /** For items handled through the hukou place: how to ask for it from here (跨省通办). */
    crossRegion: text(300).optional(),
    /** An allowance the rules decide; the app shows its amount and an "apply now" button. */
    programme: z.enum(programmeIds).optional(),
    conditions: z.array(serviceConditionSchema).max(8),
    /** Words families type for it (低保, 上学, 打疫苗), for search. */
    keywords: z.array(text(20)).max(30),
    /** What the item is mainly for, in a parent's words; search weighs it just below the title. */
    purpose: text(60).optional(),
    /** The questions it answers as a parent asks them (孩子在这边看病怎么报销); search weighs them above passing mentions. */
    questions: z.array(text(40)).max(10).optional(),
    /** The places that serve it, by id (a county's own 儿童之家, its hospital): the item page shows each with call, navigate and hours. */
    placeIds: z.array(placeIdSchema).max(10).optional(),
    /** A step the family takes in this app, besides a programme's 在手机上申请: signing a care agreement (委托照护). */
    inAppStep: z.enum(['agreement']).optional(),
    /** Where the item comes from: seed file and section. */
    source: text(200),
  })
  .refine((item) => item.handledAt === 'residence' || item.crossRegion !== undefined, {
    message: '由户口所在地办理的项目，要写明在现在住的地方怎么申请',
    path: ['crossRegion'],
  })
  .meta({ id: 'ServiceItem' });
export type ServiceItem = z.infer<typeof serviceItemSchema>;

/** The items a region's list adds (a province: all its items, national base included). */
export const serviceItemsSchema = z.array(serviceItemSchema).max(200).refine(
  (items) => new Set(items.map((item) => item.id)).size === items.length,
  { message: '清单里有重复的编号' },
);

export const serviceListVersionSchema = z
  .object({
    regionCode: regionCodeSchema,
    /** 1, 2, 3…: a published version; a draft has none until it is published. */
    version: z.number().int().positive(),
    publishedAt: z.iso.datetime(),
    items: z.array(serviceItemSchema),
  })
  .meta({ id: 'ServiceListVersion' });
export type ServiceListVersion = z.infer<typeof serviceListVersionSchema>;

/** An item as a region shows it: with the list (region and version) it comes from. */
export const listedServiceItemSchema = serviceItemSchema
  .safeExtend({ listRegionCode: regionCodeSchema, listVersion: z.number().int().positive() })
  .meta({ id: 'ListedServiceItem' });
export type ListedServiceItem = z.infer<typeof listedServiceItemSchema>;

/** What a place in a region sees: the province's list, then the city's and the county's additions. */
export const regionServiceListSchema = z
  .object({
    regionCode: regionCodeSchema,
    /** The versions it is made of, province first. */
    versions: z.array(z.object({ regionCode: regionCodeSchema, version: z.number().int().positive(), publishedAt: z.iso.datetime() })),
    items: z.array(listedServiceItemSchema),
  })
  .meta({ id: 'RegionServiceList' });
export type RegionServiceList = z.infer<typeof regionServiceListSchema>;

/** A place with how far it is from the point asked about, when one was given. */
export const nearbyPlaceSchema = placeSchema.extend({ distanceMetres: z.number().nonnegative().optional() }).meta({ id: 'NearbyPlace' });
export type NearbyPlace = z.infer<typeof nearbyPlaceSchema>;

export const serviceSearchHitSchema = z
  .object({ item: listedServiceItemSchema, score: z.number() })
  .meta({ id: 'ServiceSearchHit' });
export type ServiceSearchHit = z.infer<typeof serviceSearchHitSchema>;
