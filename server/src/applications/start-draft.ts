import { Types } from 'mongoose';
import { applicationStatusLabels, type ChildFacts, type ProgrammeId } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedChild } from '../audit/refused-access';
import { isDuplicateKey } from '../db/is-duplicate-key';
import { childModel, type ChildDoc } from '../children/child-model';
import { activeKeyOf, applicationModel, type ApplicationDoc } from './application-model';

/** What the child record already says, so the family is never asked it again. */
export const factsFromChild = (child: ChildDoc): ChildFacts => ({
  birthDate: child.birthDate,
  hukouRegion: child.hukouRegion,
  ...(child.residenceRegion ? { residenceRegion: child.residenceRegion } : {}),
});

/**
 * Starts the child's application for a programme, or resumes the open draft on any device. The unique
 * `activeKey` index decides races and repeats: one open application or live grant per child and programme.
 * One already submitted or granted is refused with its id, reference and status, so the app names it and can show it.
 */
export async function startDraft(
  deps: AppDeps,
  accountId: string,
  input: { childId: string; programme: ProgrammeId; facts?: ChildFacts },
): Promise<{ draft: ApplicationDoc; child: ChildDoc; created: boolean }> {
  const guardian = new Types.ObjectId(accountId);
  const child = await childModel(deps.db).findById(input.childId).lean();
  if (!child) throw new AppError('NOT_FOUND', { detail: 'no such child' });
  if (!child.guardianAccountId.equals(guardian)) throw refusedChild(child, 'another family’s child');
  const Application = applicationModel(deps.db);
  const activeKey = activeKeyOf(deps.db, child._id, input.programme);
  try {
    const created = await Application.create({
      childId: child._id,
      guardianAccountId: guardian,
      programme: input.programme,
      facts: { ...input.facts, ...factsFromChild(child) },
      status: 'draft',
      activeKey,
      regionCodes: [child.hukouRegion, ...(child.residenceRegion ? [child.residenceRegion] : [])],
    });
    return { draft: created.toObject(), child, created: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  const open = await Application.findOne({ activeKey }).lean();
  if (!open) throw new AppError('STALE_VERSION', { detail: 'open application vanished while starting a draft' });
  if (open.status !== 'draft') {
    const status = open.grant?.summary ?? applicationStatusLabels[open.status];
    throw new AppError('APPLICATION_EXISTS', { data: { applicationId: open._id.toHexString(), reference: open.reference ?? '', status } });
  }
  return { draft: open, child, created: false };
}
