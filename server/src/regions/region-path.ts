import type { Connection } from 'mongoose';
import { regionCodeLengths, type RegionLevel, type RegionRef } from '@ccs/shared';
import { regionModel } from './region-model';

/**
 * The named regions from the province down to and including `code`, e.g. to name a staff member's scope
 * (贵州省 › 贵阳市 › 修文县). The ancestors are the code's prefixes at each level's length, looked up by `_id`
 * in parallel (FerretDB scans the table for `$in`). Prefixes missing from the data are left out; an unknown
 * or malformed code gives an empty list.
 */
export async function regionPath(db: Connection, code: string): Promise<RegionRef[]> {
  const prefixes = regionCodeLengths.filter((length) => length <= code.length).map((length) => code.slice(0, length));
  if (!/^\d+$/.test(code) || !prefixes.includes(code)) return [];
  const Region = regionModel(db);
  const rows = await Promise.all(
    prefixes.map((prefix) => Region.findById(prefix, { _id: 0, code: 1, name: 1, level: 1 }).lean()),
  );
  if (!rows.at(-1)) return [];
  return rows.flatMap((row) => (row ? [{ code: row.code, name: row.name, level: row.level as RegionLevel }] : []));
}
