import { roleNames, type StaffRole } from '../auth/roles';

/**
 * The level of region a post sits at, by the length of its code (DOMAIN.md "Region codes"): a child director
 * serves one village (12 digits), a supervisor one township (9), a county officer one county (6). An administrator
 * serves a province, city or county (2, 4 or 6).
 */
export const postCodeLengths: Record<StaffRole, readonly number[]> = {
  childDirector: [12],
  childSupervisor: [9],
  countyOfficer: [6],
  admin: [2, 4, 6],
};

const levelNames: Record<number, string> = { 2: '省', 4: '市（州）', 6: '县（市、区）', 9: '乡镇（街道）', 12: '村（社区）' };

/** Where a role's post may sit, in words: 「村（社区）」, 「省、市（州）或县（市、区）」. */
export const postLevelName = (role: StaffRole): string => {
  const names = postCodeLengths[role].map((length) => levelNames[length]!);
  return names.length > 1 ? `${names.slice(0, -1).join('、')}或${names.at(-1)}` : names[0]!;
};

/**
 * Why an administrator with `adminScope` may not put `role` at `regionCode`, or null when it fits: the code is
 * of the role's level and inside the administrator's region, and an administrator is made at the administrator's
 * own level or below (a county's administrator cannot make a city's).
 */
export function postRefusal(role: StaffRole, regionCode: string, adminScope: string): string | null {
  if (!postCodeLengths[role].includes(regionCode.length)) {
    return `${roleNames[role]}只能设在${postLevelName(role)}，请填写${postCodeLengths[role].join('、')}位区划代码或对应的地名`;
  }
  if (!regionCode.startsWith(adminScope)) return '这个地方不在您管理的地区，只能给本地区设岗位';
  return null;
}
