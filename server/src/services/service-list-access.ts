import { isWithinScope } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';

/** The roles that edit and publish lists; the route refuses everyone else before this check. */
export const serviceListEditors = ['countyOfficer', 'admin'] as const;

/**
 * A county officer edits their own county's list, an admin any list inside their scope (a province admin
 * the province's, its cities' and its counties' lists). A list above the scope is out of region.
 */
export function assertMayEditList(principal: Principal, regionCode: string): void {
  const scope = principal.regionScope;
  if (!scope || !isWithinScope(scope, regionCode)) {
    throw new AppError('OUT_OF_REGION', { detail: `service list ${regionCode} outside scope ${scope ?? 'none'}` });
  }
}
