import type { StaffRole } from '@ccs/shared';
import { postRefusal } from '@ccs/shared/staff/staff-posts';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import type { Principal } from '../http/app-state';
import { findRegion } from '../regions/find-region';

/** The region a post is set at, once it fits the role's level and the administrator's region and exists. */
export async function checkStaffPost(deps: AppDeps, principal: Principal, role: StaffRole, regionCode: string): Promise<string> {
  const reason = postRefusal(role, regionCode, principal.regionScope ?? '\u0000');
  if (reason) throw new AppError('STAFF_POST_NOT_ALLOWED', { data: { reason }, fields: { regionCode: reason } });
  const region = await findRegion(deps.db, regionCode);
  if (!region) throw new AppError('STAFF_REGION_UNKNOWN', { fields: { regionCode: '没有这个地区' } });
  return region.name;
}
