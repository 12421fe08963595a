import { z } from 'zod';
import { staffRoleSchema } from './staff-account-schemas';

/** One row of a roster as the import read it, and what became of it. */
export const staffImportRowSchema = z.object({
  /** The row number Excel or WPS shows. */
  row: z.number().int(),
  username: z.string(),
  name: z.string(),
  role: staffRoleSchema.nullable(),
  regionCode: z.string().nullable(),
  regionName: z.string().nullable(),
  /** Each refusal with the column it is about (the template's header), in the order of the columns. */
  problems: z.array(z.object({ column: z.string(), message: z.string() })),
  /** Shown while the account still has it: until its holder sets their own at first sign-in. */
  initialPassword: z.string().nullable(),
});

/**
 * An import's answer. `refused`: at least one row has problems and nothing was written; `imported`: every row
 * is an account. The same file sent again gives the same answer (`importId` is the file's digest).
 */
export const staffImportReportSchema = z
  .object({ importId: z.string(), status: z.enum(['imported', 'refused']), rows: z.array(staffImportRowSchema) })
  .meta({ id: 'StaffImportReport' });
export type StaffImportReport = z.infer<typeof staffImportReportSchema>;
export type StaffImportRow = z.infer<typeof staffImportRowSchema>;

/** The roster template's columns, by key; the first header is the template's, the others are accepted too. */
export const staffRosterColumns = [
  { key: 'name', headers: ['姓名'], required: true },
  { key: 'phone', headers: ['手机号', '手机号码', '电话'], required: true },
  { key: 'role', headers: ['岗位/角色', '岗位', '角色'], required: true },
  { key: 'region', headers: ['村/乡镇/县', '所在地', '地区', '区划代码'], required: true },
  { key: 'username', headers: ['用户名', '登录名'], required: true },
] as const;
export type StaffRosterColumn = (typeof staffRosterColumns)[number]['key'];
