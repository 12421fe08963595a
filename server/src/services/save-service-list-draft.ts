import type { Connection } from 'mongoose';
import type { ServiceItem } from '@ccs/shared/services/service-schemas';
import { AppError } from '../errors/app-error';
import { currentDraft, type CurrentDraft } from './load-service-list';
import { draftId, serviceListDraftModel } from './service-list-model';
import { isDuplicateKey } from '../db/is-duplicate-key';
import { checkLinkedPlaces } from './check-linked-places';

/**
 * Saves a region's draft as the revision after the one the editor started from. The new revision is
 * inserted under `<region>:draft:<revision + 1>`, never updated: of two editors who started from the same
 * revision the second collides on `_id` (FerretDB v1's conditional updates are not atomic, its unique `_id`
 * is), and an editor who started from an older revision is refused before writing.
 */
export async function saveServiceListDraft(
  db: Connection,
  regionCode: string,
  input: { items: ServiceItem[]; revision: number },
  accountId: string,
  now = new Date(),
): Promise<CurrentDraft> {
  const current = await currentDraft(db, regionCode);
  if (input.revision !== current.revision) throw stale(regionCode, input.revision, current.revision);
  await checkLinkedPlaces(db, regionCode, input.items);
  const revision = input.revision + 1;
  try {
    await serviceListDraftModel(db).create({ _id: draftId(regionCode, revision), regionCode, revision, items: input.items, savedAt: now, savedBy: accountId });
  } catch (error) {
    if (isDuplicateKey(error)) throw stale(regionCode, input.revision, revision);
    throw error;
  }
  return { regionCode, revision, items: input.items, savedAt: now };
}

function stale(regionCode: string, sent: number, current: number): AppError {
  return new AppError('SERVICE_LIST_STALE', { data: { currentRevision: String(current) }, detail: `draft ${regionCode}: revision ${sent} is not the current ${current}` });
}
