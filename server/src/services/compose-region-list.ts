import type { Connection } from 'mongoose';
import type { ListedServiceItem, RegionServiceList } from '@ccs/shared/services/service-schemas';
import { latestVersionNumber, loadVersion } from './load-service-list';
import { listCodesFor } from './service-list-rules';

export interface ComposedList extends RegionServiceList {
  /** Names the versions it is made of, e.g. `52:3|5201:1|520123:2`: equal keys, equal lists. */
  key: string;
}

/**
 * What a region sees: the latest published province list, then the city's and the county's additions
 * (a village or township sees its county's). Should a lower list repeat an id above it (publishing refuses
 * that, but a seed might), the higher list's item is kept.
 */
export async function composeRegionList(db: Connection, regionCode: string): Promise<ComposedList> {
  const codes = listCodesFor(regionCode);
  const numbers = await Promise.all(codes.map((code) => latestVersionNumber(db, code)));
  const docs = await Promise.all(codes.map((code, index) => (numbers[index] ? loadVersion(db, code, numbers[index]) : null)));
  const seen = new Set<string>();
  const items: ListedServiceItem[] = [];
  const versions: RegionServiceList['versions'] = [];
  for (const doc of docs) {
    if (!doc) continue;
    versions.push({ regionCode: doc.regionCode, version: doc.version, publishedAt: doc.publishedAt.toISOString() });
    for (const item of doc.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push({ ...item, listRegionCode: doc.regionCode, listVersion: doc.version });
    }
  }
  return { regionCode, versions, items, key: versions.map((v) => `${v.regionCode}:${v.version}`).join('|') };
}
