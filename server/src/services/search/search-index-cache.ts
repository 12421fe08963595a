import type { ListedServiceItem } from '@ccs/shared/services/service-schemas';
import { buildServiceSearchIndex, type ServiceSearchIndex } from './service-search-index';

const indexes = new Map<string, ServiceSearchIndex>();
const MAX_INDEXES = 100;

/**
 * The search index of a composed list, built once per combination of published versions (its key, e.g.
 * `52:3|5201:1|520123:2`) and kept in memory. Publishing makes a new key, so the next search builds anew;
 * versions never change, so an index is never stale. The least recently used one goes when full.
 */
export function searchIndexFor(scope: string, key: string, items: readonly ListedServiceItem[]): ServiceSearchIndex {
  const cacheKey = `${scope}/${key}`;
  const found = indexes.get(cacheKey);
  if (found) {
    indexes.delete(cacheKey);
    indexes.set(cacheKey, found);
    return found;
  }
  const built = buildServiceSearchIndex(items);
  if (indexes.size >= MAX_INDEXES) indexes.delete(indexes.keys().next().value!);
  indexes.set(cacheKey, built);
  return built;
}
