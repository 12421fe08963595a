import { z } from 'zod';

/** The places template's columns, by key; the first header is the template's, the others are accepted too. */
export const placeImportColumns = [
  { key: 'id', headers: ['编号', '场所编号'] },
  { key: 'name', headers: ['名称', '场所名称'], required: true },
  { key: 'kind', headers: ['类型', '场所类型'], required: true },
  { key: 'region', headers: ['村/乡镇/县代码', '区划代码', '地区代码'], required: true },
  { key: 'address', headers: ['地址'], required: true },
  { key: 'phone', headers: ['电话', '联系电话'], required: true },
  { key: 'hours', headers: ['开放时间', '办公时间'], required: true },
  { key: 'latitude', headers: ['纬度'] },
  { key: 'longitude', headers: ['经度'] },
] as const;
export type PlaceImportColumn = (typeof placeImportColumns)[number]['key'];

/** One row of a places sheet as the import read it, and what became of it. */
export const placeImportRowSchema = z.object({
  /** The row number Excel or WPS shows. */
  row: z.number().int(),
  name: z.string(),
  /** The place the row is: its own 编号, or one made from its region and name, so the same row is the same place on every upload. */
  placeId: z.string().nullable(),
  /** added, updated (a new revision), unchanged (the place already reads so), or null when the row was refused. */
  outcome: z.enum(['added', 'updated', 'unchanged']).nullable(),
  /** Each refusal with the column it is about (the template's header). */
  problems: z.array(z.object({ column: z.string(), message: z.string() })),
});
export type PlaceImportRow = z.infer<typeof placeImportRowSchema>;

/**
 * An import's answer. `refused`: at least one row has problems and nothing was written; `imported`: every row is a
 * place. Sending the same file again adds nothing: its rows are then `unchanged`.
 */
export const placeImportReportSchema = z
  .object({ status: z.enum(['imported', 'refused']), rows: z.array(placeImportRowSchema) })
  .meta({ id: 'PlaceImportReport' });
export type PlaceImportReport = z.infer<typeof placeImportReportSchema>;
