import { isStaffRole, isWithinScope } from '@ccs/shared';
import type { Principal } from '../http/app-state';
import type { ApplicationDoc, HolderDoc } from './application-model';

const covers = (principal: Principal, code: string | undefined | null): boolean =>
  !!code && principal.regionScope !== null && principal.roles.some(isStaffRole) && isWithinScope(principal.regionScope, code);

/**
 * Staff see a case when it is in their chain: their scope covers the village it was routed to or the post
 * holding it. Not merely where the child lives: a case's sensitive facts (HIV status, a parent in prison)
 * stay with the staff chain that handles it (docs/policy.md "Privacy").
 */
export const canSeeCase = (principal: Principal, doc: Pick<ApplicationDoc, 'routing' | 'holder'>): boolean =>
  covers(principal, doc.routing?.regionCode) || covers(principal, doc.holder?.regionCode);

/** The staff member is in the post that holds the case now. */
export const holdsCase = (principal: Principal, holder: HolderDoc | null): boolean =>
  !!holder && principal.regionScope === holder.regionCode && principal.roles.includes(holder.role);

/** Staff see a child's file when the child's hukou or residence village is in their scope. */
export const canSeeChild = (principal: Principal, regionCodes: readonly string[]): boolean =>
  regionCodes.some((code) => covers(principal, code));
