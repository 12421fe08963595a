import type { Connection } from 'mongoose';
import { serviceItemsSchema, type ServiceItem } from '@ccs/shared/services/service-schemas';
import { seedServiceLists } from '@ccs/shared/services/load-service-lists';
import { serviceListVersionModel, versionId } from './service-list-model';
import { isDuplicateKey } from '../db/is-duplicate-key';

export interface SeedServiceListsResult {
  /** Regions whose version 1 this run published from the files. */
  published: string[];
  /** Regions that already had a version 1: left exactly as they were. */
  kept: string[];
}

/**
 * Publishes each list of `shared/service-lists/` as version 1 of its region when the region has no
 * version yet. Insert-only (`<region>:1`, draft revision 0): a region already published, by the seed or by
 * a person, is never touched, and two servers seeding at once insert it once. A later change to the files
 * reaches the database as a draft a county officer or admin publishes, not through the seed.
 */
export async function seedServiceListVersions(
  db: Connection,
  lists: readonly { regionCode: string; items: ServiceItem[] }[] = seedServiceLists(),
  now = new Date(),
): Promise<SeedServiceListsResult> {
  const result: SeedServiceListsResult = { published: [], kept: [] };
  const Version = serviceListVersionModel(db);
  for (const list of lists) {
    const items = serviceItemsSchema.parse(list.items);
    const { regionCode } = list;
    if (await Version.exists({ _id: versionId(regionCode, 1) })) {
      result.kept.push(regionCode);
      continue;
    }
    try {
      await Version.create({ _id: versionId(regionCode, 1), regionCode, version: 1, draftRevision: 0, items, publishedAt: now, publishedBy: null });
      result.published.push(regionCode);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      result.kept.push(regionCode);
    }
  }
  return result;
}
