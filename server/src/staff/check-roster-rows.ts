import { roleNames, staffRoles, type StaffRole } from '@ccs/shared';
import { phoneSchema } from '@ccs/shared/auth/auth-schemas';
import { newStaffAccountSchema } from '@ccs/shared/staff/staff-account-schemas';
import { staffRosterColumns, type StaffImportRow, type StaffRosterColumn } from '@ccs/shared/staff/staff-import-schemas';
import { postRefusal } from '@ccs/shared/staff/staff-posts';
import { staffUsernameSchema } from '@ccs/shared/staff/succession-schemas';
import type { z } from 'zod';
import type { AppDeps } from '../app-deps';
import { accountModel, identityModel } from '../auth/account-model';
import type { Principal } from '../http/app-state';
import { childRegions, findRegion } from '../regions/find-region';
import type { SpreadsheetRow } from '../spreadsheets/read-spreadsheet';

/** A row that passed every check, ready to be written. */
export type CheckedRow = StaffImportRow & { role: StaffRole; regionCode: string; phone: string };

const header = (key: StaffRosterColumn) => staffRosterColumns.find((column) => column.key === key)!.headers[0];
const squash = (text: string) => text.replace(/[\s/／、，,·-]/g, '');
/** 儿童主任, childDirector, 主任 …: the role as people write it. */
const roleWords = new Map<string, StaffRole>([
  ...staffRoles.flatMap((role) => [[squash(roleNames[role]), role], [role.toLowerCase(), role]] as [string, StaffRole][]),
  ['主任', 'childDirector'], ['督导员', 'childSupervisor'], ['县民政局', 'countyOfficer'], ['民政局工作人员', 'countyOfficer'], ['管理员', 'admin'],
]);
/** How many region documents a name lookup may read: a county's townships and villages, not a province's. */
const NAME_LOOKUP_REGIONS = 400;

/**
 * Checks every row of a roster before anything is written: each field, the post against the role's level and the
 * administrator's region, that the village or township exists (by code, or by name under the administrator's
 * region: 大木村, or 六屯镇大木村 where two villages share a name), and that no user name or phone is used twice in
 * the file or by an account outside this import. Each problem names its column; a row may have several.
 */
export async function checkRosterRows(deps: AppDeps, principal: Principal, rows: SpreadsheetRow<StaffRosterColumn>[], importId: string): Promise<(StaffImportRow | CheckedRow)[]> {
  const scope = principal.regionScope ?? '';
  const places = rows.some((row) => !/^\d+$/.test(row.values.region)) ? await regionNamesUnder(deps, scope) : new Map<string, string[]>();
  const seen = { username: new Map<string, number>(), phone: new Map<string, number>() };
  const checked: (StaffImportRow | CheckedRow)[] = [];
  for (const { rowNumber, values } of rows) {
    const problems: { column: string; message: string }[] = [];
    const problem = (key: StaffRosterColumn, message: string) => problems.push({ column: header(key), message });
    const fieldOf = <T>(key: StaffRosterColumn, schema: z.ZodType<T>): T | null => {
      const parsed = schema.safeParse(values[key]);
      if (parsed.success) return parsed.data;
      problem(key, values[key] ? parsed.error.issues[0]!.message : `请填写${header(key)}`);
      return null;
    };
    const name = fieldOf('name', newStaffAccountSchema.shape.name);
    const phone = fieldOf('phone', phoneSchema);
    const role = values.role ? roleWords.get(squash(values.role).toLowerCase()) ?? null : null;
    if (!role) problem('role', values.role ? `没有“${values.role}”这个岗位，请填写${staffRoles.map((r) => roleNames[r]).join('、')}之一` : '请填写岗位');

    let regionCode: string | null = null;
    let regionName: string | null = null;
    if (!values.region) problem('region', '请填写所在的村、乡镇或县（名称或区划代码）');
    else if (/^\d+$/.test(values.region)) regionCode = values.region;
    else {
      const named = places.get(squash(values.region)) ?? [];
      const codes = named.filter((code) => !role || postRefusal(role, code, scope) === null);
      // One place of that name at the wrong level for the role: the level is what to correct.
      if (codes.length === 1 || (codes.length === 0 && named.length === 1)) regionCode = codes[0] ?? named[0]!;
      else problem('region', codes.length > 1 ? `有几个地方都叫“${values.region}”，请在前面写上乡镇名，或填写区划代码` : `在您管理的地区没有找到“${values.region}”，请核对名称或填写区划代码`);
    }
    if (regionCode && role) {
      const refusal = postRefusal(role, regionCode, scope);
      const region = refusal ? null : await findRegion(deps.db, regionCode);
      if (refusal) problem('region', refusal);
      else if (!region) problem('region', `没有 ${regionCode} 这个区划代码，请核对`);
      regionName = region?.name ?? null;
    }
    const username = fieldOf('username', staffUsernameSchema);
    for (const [key, value] of [['username', username], ['phone', phone]] as const) {
      if (!value) continue;
      const first = seen[key].get(value);
      if (first) problem(key, `和第${first}行重复`);
      else {
        seen[key].set(value, rowNumber);
        if (await takenOutside(deps, key === 'username' ? 'username' : 'staffPhone', value, importId)) {
          problem(key, key === 'username' ? '这个用户名已经有人用了' : '这个手机号已经有工作人员在用');
        }
      }
    }
    checked.push({ row: rowNumber, username: username ?? values.username, name: name ?? values.name, role, regionCode: regionName ? regionCode : null, regionName, problems, initialPassword: null, ...(phone ? { phone } : {}) });
  }
  return checked;
}

export const isChecked = (row: StaffImportRow | CheckedRow): row is CheckedRow => row.problems.length === 0;

async function takenOutside(deps: AppDeps, kind: 'username' | 'staffPhone', value: string, importId: string): Promise<boolean> {
  const identity = await identityModel(deps.db).findOne({ kind, value }, { accountId: 1 }).lean();
  if (!identity) return false;
  const owner = await accountModel(deps.db).findById(identity.accountId, { importId: 1 }).lean();
  return owner?.importId !== importId;
}

/** Every region under the scope by its name and by its parent's name and its own (六屯镇大木村), to its codes. */
async function regionNamesUnder(deps: AppDeps, scope: string): Promise<Map<string, string[]>> {
  const names = new Map<string, string[]>();
  const add = (key: string, code: string) => names.set(key, [...(names.get(key) ?? []), code]);
  let level = [{ code: scope, name: '' }];
  let read = 0;
  while (level.length > 0 && read < NAME_LOOKUP_REGIONS) {
    const next: { code: string; name: string }[] = [];
    for (const parent of level) {
      if ((read += 1) > NAME_LOOKUP_REGIONS) break;
      for (const child of await childRegions(deps.db, parent.code)) {
        add(squash(child.name), child.code);
        if (parent.name) add(squash(parent.name + child.name), child.code);
        if (child.hasChildren) next.push(child);
      }
    }
    level = next;
  }
  const own = await findRegion(deps.db, scope);
  if (own) add(squash(own.name), own.code);
  return names;
}
