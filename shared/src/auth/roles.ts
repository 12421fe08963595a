// Kept free of zod so the app's main package can name roles without carrying the validation library.
/** Who a signed-in person is to the product (docs/policy.md "People"). One person can hold several roles. */
export const roles = ['family', 'caregiver', 'childDirector', 'childSupervisor', 'countyOfficer', 'admin'] as const;
export type Role = (typeof roles)[number];

export const staffRoles = ['childDirector', 'childSupervisor', 'countyOfficer', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof staffRoles)[number];

export const roleNames: Record<Role, string> = {
  family: '家长/监护人',
  caregiver: '受委托照护人',
  childDirector: '儿童主任',
  childSupervisor: '儿童督导员',
  countyOfficer: '县民政局工作人员',
  admin: '系统管理员',
};

export function isStaffRole(role: Role): role is StaffRole {
  return (staffRoles as readonly Role[]).includes(role);
}

/**
 * A staff member's scope is a region-code prefix: a director sees one village, a supervisor one
 * township, a county officer one county (docs/policy.md "Region codes").
 */
export function isWithinScope(scope: string, regionCode: string): boolean {
  return regionCode.startsWith(scope);
}
