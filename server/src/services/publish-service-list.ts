import type { Connection } from 'mongoose';
import type { ServiceItem } from '@ccs/shared/services/service-schemas';
import { nationalBaseItemIds } from '@ccs/shared/services/national-base';
import { AppError } from '../errors/app-error';
import { isDuplicateKey } from '../db/is-duplicate-key';
import { currentDraft, draftAt, latestVersion, latestVersionNumber, loadVersion } from './load-service-list';
import { assertPublishable, listCodesFor } from './service-list-rules';
import {
  serviceListPublishKeyModel,
  serviceListVersionModel,
  versionId,
  type ServiceListVersionDoc,
} from './service-list-model';

export interface PublishInput {
  /** The draft revision the editor reviewed; without it, the current one. */
  revision?: number;
  /** The request's Idempotency-Key: a repeat publishes (or returns) what the first request did. */
  idempotencyKey?: string;
  accountId: string;
  now?: Date;
}

/**
 * Publishes a region's draft as its next version. Idempotent in both ways a weak network repeats it: the
 * same Idempotency-Key is bound (by inserting `<region>:<key>`) to the draft revision it first published,
 * and a draft revision is published at most once, so a repeat returns the version it became.
 *
 * Version numbers are claimed by inserting `<region>:<n + 1>` after reading n as the latest and finding no
 * version of this revision among 1…n; any version inserted after that read collides with ours on `_id`, and
 * the loop looks again. Nothing is ever updated, so FerretDB's non-atomic conditional updates never matter.
 */
export async function publishServiceList(db: Connection, regionCode: string, input: PublishInput): Promise<ServiceListVersionDoc> {
  const revision = await revisionToPublish(db, regionCode, input);
  const draft = await draftAt(db, regionCode, revision);
  if (!draft) throw new AppError('SERVICE_LIST_STALE', { detail: `draft ${regionCode} has no revision ${revision}` });
  let checked = false;
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const latest = (await latestVersionNumber(db, regionCode)) ?? 0;
    const already = await serviceListVersionModel(db).findOne({ regionCode, draftRevision: revision }).lean();
    if (already) return already;
    if (!checked) {
      await checkRules(db, regionCode, draft.items);
      checked = true;
    }
    const version = latest + 1;
    const doc: ServiceListVersionDoc = {
      _id: versionId(regionCode, version),
      regionCode,
      version,
      draftRevision: revision,
      items: draft.items,
      publishedAt: input.now ?? new Date(),
      publishedBy: input.accountId,
    };
    try {
      await serviceListVersionModel(db).create(doc);
      return (await loadVersion(db, regionCode, version)) ?? doc;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }
  throw new Error(`publishing ${regionCode}: too many concurrent publishers`);
}

/** The revision this request publishes: the one its key is bound to, else the one it names, else the current one. */
async function revisionToPublish(db: Connection, regionCode: string, input: PublishInput): Promise<number> {
  const Keys = serviceListPublishKeyModel(db);
  const keyId = input.idempotencyKey ? `${regionCode}:${input.idempotencyKey}` : null;
  if (keyId) {
    const bound = await Keys.findById(keyId).lean();
    if (bound) return bound.draftRevision;
  }
  const current = await currentDraft(db, regionCode);
  if (input.revision !== undefined && input.revision !== current.revision) {
    throw new AppError('SERVICE_LIST_STALE', {
      data: { currentRevision: String(current.revision) },
      detail: `publish ${regionCode}: revision ${input.revision} is not the current ${current.revision}`,
    });
  }
  if (!keyId) return current.revision;
  try {
    await Keys.create({ _id: keyId, regionCode, draftRevision: current.revision, createdAt: input.now ?? new Date() });
    return current.revision;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const bound = await Keys.findById(keyId).lean();
    if (!bound) throw error;
    return bound.draftRevision;
  }
}

async function checkRules(db: Connection, regionCode: string, items: ServiceItem[]): Promise<void> {
  const parentCodes = listCodesFor(regionCode).filter((code) => code !== regionCode);
  const parents = (await Promise.all(parentCodes.map((code) => latestVersion(db, code)))).flatMap((version) => version?.items ?? []);
  const known = regionCode.length === 2 ? ((await latestVersion(db, regionCode))?.items ?? []) : [];
  assertPublishable(regionCode, items, { nationalBaseItemIds, parents, known });
}

