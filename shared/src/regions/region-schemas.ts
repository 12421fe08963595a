import { z } from 'zod';

/**
 * Levels of the national statistical division codes (统计用区划代码, docs/policy.md "Region codes"):
 * 1 province (2 digits), 2 city (4), 3 county (6), 4 township (9), 5 village (12).
 */
export const regionLevels = [1, 2, 3, 4, 5] as const;
export const regionCodeLengths = [2, 4, 6, 9, 12] as const;
export type RegionLevel = (typeof regionLevels)[number];

/** A region code at its natural length: the level is read off the number of digits. */
export const regionCodeSchema = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/, '地区代码应为2、4、6、9或12位数字');
export type RegionCode = z.infer<typeof regionCodeSchema>;

/** The level of a well-formed code, or null when the length is not a level's. */
export function regionLevelOf(code: string): RegionLevel | null {
  const index = (regionCodeLengths as readonly number[]).indexOf(code.length);
  return index < 0 || !/^\d+$/.test(code) ? null : regionLevels[index]!;
}

export const regionLevelSchema = z.literal(regionLevels);

/** Path parameter of the region routes: a code, or `root` for the list of provinces. */
export const regionParamsSchema = z.object({ code: z.union([z.literal('root'), regionCodeSchema]) });
export const regionCodeParamsSchema = z.object({ code: regionCodeSchema });

export const regionRefSchema = z
  .object({ code: regionCodeSchema, name: z.string(), level: regionLevelSchema })
  .meta({ id: 'RegionRef' });
export type RegionRef = z.infer<typeof regionRefSchema>;

export const regionSchema = z
  .object({
    code: regionCodeSchema,
    name: z.string(),
    level: regionLevelSchema,
    parentCode: regionCodeSchema.nullable(),
    /** Ancestors from the province down to and including the region itself. */
    path: z.array(regionRefSchema),
  })
  .meta({ id: 'Region' });
export type Region = z.infer<typeof regionSchema>;

export const regionChildSchema = regionRefSchema
  .extend({
    /** False for villages, and for counties and townships whose lower levels are not loaded. */
    hasChildren: z.boolean(),
  })
  .meta({ id: 'RegionChild' });
export type RegionChild = z.infer<typeof regionChildSchema>;

export const regionChildrenSchema = z
  .object({ parent: regionRefSchema.nullable(), children: z.array(regionChildSchema) })
  .meta({ id: 'RegionChildren' });
export type RegionChildren = z.infer<typeof regionChildrenSchema>;
