import { isWithinScope } from '@ccs/shared';
import { AppError } from '../errors/app-error';

/**
 * Who sets up a region's places: its administrator, and the county officers, who publish the county's service
 * list (DOMAIN.md "People") and so keep the places its items point to. Village and township staff do not.
 */
export const placeEditors = ['countyOfficer', 'admin'] as const;

/** The one doing the change: their account and the region-code prefix they serve. */
export interface PlaceActor {
  accountId: string;
  regionScope: string | null;
}

/** A place may be added, edited, closed or reopened only inside the actor's region, and moved only within it. */
export function assertMayEditPlace(actor: PlaceActor, regionCode: string): void {
  if (!actor.regionScope || !isWithinScope(actor.regionScope, regionCode)) {
    throw new AppError('PLACE_OUT_OF_REGION', { detail: `place in ${regionCode} outside scope ${actor.regionScope ?? 'none'}` });
  }
}
