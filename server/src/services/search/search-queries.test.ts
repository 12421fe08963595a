import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seedItemsFor } from '@ccs/shared/services/load-service-lists';
import { searchQueriesFile } from '@ccs/shared/services/search-queries-file';
import { buildServiceSearchIndex } from './service-search-index';

/**
 * The table of how families search (`shared/service-lists/search-queries.json`, beside the lists): typos,
 * traditional characters, pinyin, whole questions and words of need, each with the item that must come
 * first or in the first three. A row that fails is a failing test; the README of that folder gives the share.
 */
const { regionCode, queries } = z
  .object({
    regionCode: z.string(),
    queries: z.array(z.object({ query: z.string().min(1), expect: z.string(), within: z.union([z.literal(1), z.literal(3)]), how: z.string() })).min(60),
  })
  .parse(searchQueriesFile);

const items = seedItemsFor(regionCode).map((item) => ({ ...item, listRegionCode: regionCode.slice(0, 2), listVersion: 1 }));
const index = buildServiceSearchIndex(items);

describe('how families search: the table beside the lists', () => {
  it('names only items of the list', () => {
    const ids = new Set(items.map((item) => item.id));
    for (const row of queries) expect(ids.has(row.expect), row.expect).toBe(true);
  });

  it.each(queries.map((row) => [row.how, row.query, row.within === 1 ? 'first' : 'in the first three', row.expect, row.within] as const))(
    '%s: %s → %s %s',
    (_how, query, _where, expected, within) => {
      expect(index.search(query, within).map((hit) => hit.item.id)).toContain(expected);
    },
  );
});
