import type { Account } from '@ccs/shared/auth/auth-schemas'
import { isStaffRole } from '@ccs/shared/auth/roles'

/** Whether the account may use the staff workbench (child director, supervisor, county officer, admin). */
export function hasStaffRole(account: Account | null | undefined): boolean {
  return account?.roles.some(isStaffRole) ?? false
}
