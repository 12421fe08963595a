import type { Connection } from 'mongoose';
import type { ServiceItem } from '@ccs/shared/services/service-schemas';
import {
  draftId,
  serviceListDraftModel,
  serviceListVersionModel,
  versionId,
  type ServiceListVersionDoc,
} from './service-list-model';

/** Published versions never change, so each is read from the database once per process. */
const versionCache = new Map<string, ServiceListVersionDoc>();
const VERSION_CACHE_SIZE = 500;

/** A region's published versions, the latest first; the benchmark's floor runs the same query. */
export const latestVersionQuery = (regionCode: string) => ({ filter: { regionCode }, sort: { version: -1 } as const });

/** The latest version number this process has seen, by database and region (0: none). */
const latestSeen = new Map<string, number>();

/**
 * The number of the region's latest published version, or null when it has none. Versions are numbered 1, 2, 3…
 * by inserting the next one and are never deleted, so once a process knows the latest it looks up only whether the
 * next exists, by `_id`: FerretDB v1 looks that up directly, while the query by region reads every version with
 * all its items (three times for each services page or search). The first time, per region, it asks the query.
 */
export async function latestVersionNumber(db: Connection, regionCode: string): Promise<number | null> {
  const key = `${db.name}/${regionCode}`;
  let latest = latestSeen.get(key);
  if (latest === undefined) {
    const { filter, sort } = latestVersionQuery(regionCode);
    const [found] = await serviceListVersionModel(db).find(filter, { _id: 0, version: 1 }).sort(sort).limit(1).lean();
    latest = found?.version ?? 0;
  }
  while (await serviceListVersionModel(db).exists({ _id: versionId(regionCode, latest + 1) })) latest += 1;
  latestSeen.set(key, Math.max(latest, latestSeen.get(key) ?? 0));
  return latest || null;
}

/** One published version, from the cache when it was read before. */
export async function loadVersion(db: Connection, regionCode: string, version: number): Promise<ServiceListVersionDoc | null> {
  const id = versionId(regionCode, version);
  const key = `${db.name}/${id}`;
  const cached = versionCache.get(key);
  if (cached) return cached;
  const doc = await serviceListVersionModel(db).findById(id).lean();
  if (!doc) return null;
  if (versionCache.size >= VERSION_CACHE_SIZE) versionCache.delete(versionCache.keys().next().value!);
  versionCache.set(key, doc);
  return doc;
}

/** The region's latest published version, or null. */
export async function latestVersion(db: Connection, regionCode: string): Promise<ServiceListVersionDoc | null> {
  const version = await latestVersionNumber(db, regionCode);
  return version === null ? null : loadVersion(db, regionCode, version);
}

export interface CurrentDraft {
  regionCode: string;
  revision: number;
  items: ServiceItem[];
  /** When the revision was saved; null for revision 0, which is the latest published list (or nothing). */
  savedAt: Date | null;
}

/** The region's draft: its highest saved revision, or revision 0 made of the latest published items. */
export async function currentDraft(db: Connection, regionCode: string): Promise<CurrentDraft> {
  const [saved] = await serviceListDraftModel(db).find({ regionCode }).sort({ revision: -1 }).limit(1).lean();
  if (saved) return { regionCode, revision: saved.revision, items: saved.items, savedAt: saved.savedAt };
  return { regionCode, revision: 0, items: (await latestVersion(db, regionCode))?.items ?? [], savedAt: null };
}

/** A draft revision as it was saved (revision 0: as `currentDraft` makes it); null when never saved. */
export async function draftAt(db: Connection, regionCode: string, revision: number): Promise<CurrentDraft | null> {
  if (revision === 0) {
    const first = await loadVersion(db, regionCode, 1);
    return { regionCode, revision: 0, items: first?.draftRevision === 0 ? first.items : [], savedAt: null };
  }
  const saved = await serviceListDraftModel(db).findById(draftId(regionCode, revision)).lean();
  return saved ? { regionCode, revision, items: saved.items, savedAt: saved.savedAt } : null;
}
