import type { ServiceItem } from './service-schemas';
import type { PlaceKind } from './service-labels';

/** How a family acts on an item: call a number, go to a place of a kind, or take a step in this app. */
export type WayToAct =
  | { kind: 'phone'; number: string }
  | { kind: 'place'; placeKind: PlaceKind }
  | { kind: 'namedPlace'; placeId: string }
  | { kind: 'inApp'; step: 'apply' | 'agreement' };

/**
 * The ways to act an item offers (issue 21: every result says how to act). A kind of place counts only when
 * the region has such a place, if the places it has are known (`placeKindsHere`); a place the item names
 * (issue 20) only while it is open, if the open ones are known (`openPlaceIds`); a programme means 在手机上申请.
 */
export function waysToAct(
  item: Pick<ServiceItem, 'hotline' | 'placeKinds' | 'placeIds' | 'programme' | 'inAppStep'>,
  placeKindsHere?: ReadonlySet<PlaceKind>,
  openPlaceIds?: ReadonlySet<string>,
): WayToAct[] {
  const ways: WayToAct[] = [];
  if (item.hotline) ways.push({ kind: 'phone', number: item.hotline });
  for (const placeId of item.placeIds ?? []) if (!openPlaceIds || openPlaceIds.has(placeId)) ways.push({ kind: 'namedPlace', placeId });
  for (const placeKind of item.placeKinds) if (!placeKindsHere || placeKindsHere.has(placeKind)) ways.push({ kind: 'place', placeKind });
  if (item.programme) ways.push({ kind: 'inApp', step: 'apply' });
  if (item.inAppStep) ways.push({ kind: 'inApp', step: item.inAppStep });
  return ways;
}
