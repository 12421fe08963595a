import type { Connection } from 'mongoose';
import type { Region, RegionChild, RegionChildren, RegionLevel } from '@ccs/shared';
import { regionModel, type RegionEntry } from './region-model';
import { regionsMarker } from './regions-marker';
import { regionPath } from './region-path';

export { regionPath };

/**
 * Region lookups for the routes and for other capabilities. Each region document carries its loaded
 * children, so every lookup is by `_id`: FerretDB v1 (SQLite) uses no other index and scans the table.
 * Unknown codes give null (or an empty list); the routes turn that into REGION_NOT_FOUND.
 */
export async function findRegion(db: Connection, code: string): Promise<Region | null> {
  const path = await regionPath(db, code);
  const self = path.at(-1);
  if (self?.code !== code) return null;
  return { ...self, parentCode: path.at(-2)?.code ?? null, path };
}

/**
 * The regions directly under `code` and the parent itself, in code order; `root` lists the provinces.
 * `hasChildren` is false for villages, and for counties and townships outside the loaded provinces,
 * so the region picker stops there.
 */
export async function findRegionChildren(db: Connection, code: string): Promise<RegionChildren | null> {
  if (code === 'root') {
    const marker = await regionsMarker(db).findOne({ _id: 'regions' }, { projection: { provinces: 1 } });
    return { parent: null, children: listed(marker?.provinces ?? [], 1) };
  }
  const region = await regionModel(db).findById(code, { _id: 0, code: 1, name: 1, level: 1, children: 1 }).lean();
  if (!region) return null;
  const level = region.level as RegionLevel;
  return { parent: { code: region.code, name: region.name, level }, children: listed(region.children, level + 1) };
}

/** Just the children of `code` (empty when the code is unknown), e.g. the townships of a county. */
export async function childRegions(db: Connection, code: string): Promise<RegionChild[]> {
  return (await findRegionChildren(db, code))?.children ?? [];
}

function listed(entries: readonly RegionEntry[], level: number): RegionChild[] {
  return entries.map(({ code, name, hasChildren }) => ({ code, name, level: level as RegionLevel, hasChildren }));
}

/**
 * Whether the villages under a county or township are loaded (the area this service is opened for), so a place
 * there is chosen down to its village: a township lists them, a county has a township that does.
 */
export async function villagesLoaded(db: Connection, code: string): Promise<boolean> {
  const children = await childRegions(db, code);
  return code.length === 9 ? children.length > 0 : children.some((child) => child.hasChildren);
}
