import type { Connection } from 'mongoose';
import { isWithinScope } from '@ccs/shared';
import type { ServiceItem } from '@ccs/shared/services/service-schemas';
import { AppError } from '../errors/app-error';
import { placeModel } from '../places/place-model';

/**
 * An item of a region's list may name only places of that region (a county's own 儿童之家, its hospital): a place
 * that does not exist or lies elsewhere is refused, naming the items. A closed one may stay named; families are
 * not shown it, and the editor counts it as no way to act.
 */
export async function checkLinkedPlaces(db: Connection, regionCode: string, items: readonly ServiceItem[]): Promise<void> {
  const ids = [...new Set(items.flatMap((item) => item.placeIds ?? []))];
  if (ids.length === 0) return;
  const found = await placeModel(db).find({ _id: { $in: ids } }, { regionCode: 1 }).lean();
  const usable = new Set(found.filter((place) => isWithinScope(regionCode, place.regionCode)).map((place) => place._id));
  const fields: Record<string, string> = {};
  items.forEach((item, index) => {
    const unknown = (item.placeIds ?? []).filter((id) => !usable.has(id));
    if (unknown.length > 0) fields[`body.items.${index}.placeIds`] = `“${item.title}”选的办理地点不存在或不在本地区：${unknown.join('、')}`;
  });
  if (Object.keys(fields).length > 0) throw new AppError('PLACE_LINK_UNKNOWN', { fields, detail: `list ${regionCode}: unknown places` });
}
