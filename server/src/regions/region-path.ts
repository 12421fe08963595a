import type { Connection } from 'mongoose';
import { regionCodeLengths, type RegionRef } from '@ccs/shared';
import { cachedRegion } from './cached-region';

/**
 * The named regions from the province down to and including `code`, e.g. to name a staff member's scope
 * (贵州省 › 贵阳市 › 修文县). The ancestors are the code's prefixes at each level's length, each looked up by
 * `_id` once per process (`cachedRegion`). Prefixes missing from the data are left out; an unknown
 * or malformed code gives an empty list.
 */
export async function regionPath(db: Connection, code: string): Promise<RegionRef[]> {
  const prefixes = regionCodeLengths.filter((length) => length <= code.length).map((length) => code.slice(0, length));
  if (!/^\d+$/.test(code) || !prefixes.includes(code)) return [];
  const rows = await Promise.all(prefixes.map((prefix) => cachedRegion(db, prefix)));
  if (!rows.at(-1)) return [];
  return rows.filter((row) => row !== null);
}
