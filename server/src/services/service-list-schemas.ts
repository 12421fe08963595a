import { z } from 'zod';
import { regionCodeSchema } from '@ccs/shared';
import { serviceItemSchema, serviceItemsSchema } from '@ccs/shared/services/service-schemas';

/** A list's region: a province (2 digits), a city (4) or a county (6). */
export const listRegionCodeSchema = regionCodeSchema.refine((code) => [2, 4, 6].includes(code.length), {
  message: '服务清单按省、市、县编制，请用2位、4位或6位的地区代码',
});

export const listRegionParamsSchema = z.object({ regionCode: listRegionCodeSchema });

export const listVersionParamsSchema = z.object({
  regionCode: listRegionCodeSchema,
  version: z.coerce.number({ error: '版本号应为正整数' }).int('版本号应为正整数').positive('版本号应为正整数'),
});

const revisionSchema = z.number({ error: '请带上草稿的版本号（revision）' }).int().min(0);

export const saveDraftBodySchema = z.object({
  items: serviceItemsSchema,
  /** The draft revision the edit started from; the save becomes revision + 1. */
  revision: revisionSchema,
});

export const publishBodySchema = z.object({
  /** The draft revision the editor reviewed; publishing refuses if the draft has moved on since. */
  revision: revisionSchema.optional(),
});

export const serviceListDraftSchema = z
  .object({
    regionCode: listRegionCodeSchema,
    revision: z.number().int().min(0),
    items: z.array(serviceItemSchema),
    /** Null for revision 0: the latest published list, not yet edited. */
    savedAt: z.iso.datetime().nullable(),
    /** The version this revision was published as, if it was. */
    publishedAs: z.number().int().positive().nullable(),
  })
  .meta({ id: 'ServiceListDraft' });

export const serviceListVersionSummarySchema = z
  .object({
    version: z.number().int().positive(),
    publishedAt: z.iso.datetime(),
    draftRevision: z.number().int().min(0),
    itemCount: z.number().int().min(0),
  })
  .meta({ id: 'ServiceListVersionSummary' });

export const serviceListOverviewSchema = z
  .object({
    regionCode: listRegionCodeSchema,
    /** Published versions, newest first. */
    versions: z.array(serviceListVersionSummarySchema),
    draft: serviceListDraftSchema,
  })
  .meta({ id: 'ServiceListOverview' });
