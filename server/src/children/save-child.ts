import { Types } from 'mongoose';
import { parseResidentId, residentIdProblemMessages, type ChildInput } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { refusedChild } from '../audit/refused-access';
import { isDuplicateKey } from '../db/is-duplicate-key';
import { fieldCipherOf } from '../crypto/attach-field-cipher';
import { checkChildPlaces } from './check-child-places';
import { childDependency } from './child-dependency';
import { childModel, type ChildDoc } from './child-model';

type ParsedChildInput = Required<Omit<ChildInput, 'residentId' | 'guardianName' | 'hukouAddress'>> & {
  residentId?: string;
  guardianName?: string;
  hukouAddress?: string | null;
};

/**
 * Adds a child to a family under the id the app made, or updates it when the same family sends it again:
 * a retried request changes nothing, an edit may leave the ID number out to keep it. The same ID number under
 * another id is refused with the existing id, so the app can open that child instead of adding a twin.
 */
export async function saveChild(
  deps: AppDeps,
  guardianAccountId: string,
  childId: string,
  input: ParsedChildInput,
): Promise<{ child: ChildDoc; created: boolean }> {
  const { hukouAddress } = await checkChildPlaces(deps.db, input);
  const Child = childModel(deps.db);
  const guardian = new Types.ObjectId(guardianAccountId);
  const existing = await Child.findById(childId).lean();
  if (existing && !existing.guardianAccountId.equals(guardian)) throw refusedChild(existing, 'another family’s child');
  const residentId = input.residentId ?? existing?.residentId;
  if (!residentId) throw new AppError('VALIDATION_FAILED', { fields: { 'body.residentId': '请填写孩子的身份证号码（在户口簿上能找到）' } });
  const parsed = parseResidentId(residentId);
  if (!parsed.valid) throw new AppError('VALIDATION_FAILED', { fields: { 'body.residentId': residentIdProblemMessages[parsed.problem] } });
  // A submitted application or an agreement was made for the child of this ID number: it stays that child's.
  const keeper = existing && parsed.id !== existing.residentId ? await childDependency(deps.db, guardian, childId) : null;
  if (keeper) throw new AppError('CHILD_IN_USE', { data: { child: existing!.name, record: keeper } });
  const fields = {
    name: input.name,
    residentId: parsed.id,
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    hukouRegion: input.hukouRegion,
    hukouAddress,
    residenceRegion: input.residenceRegion,
    relation: input.relation,
    guardianName: input.guardianName ?? existing?.guardianName ?? null,
  };
  try {
    if (existing) {
      const child = await Child.findOneAndUpdate({ _id: childId }, { $set: fields }, { returnDocument: 'after' }).lean();
      return { child: child!, created: false };
    }
    const child = await Child.create({ _id: childId, guardianAccountId: guardian, ...fields });
    return { child: child.toObject(), created: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const twin = await Child.findOne({ guardianAccountId: guardian, residentIdHash: fieldCipherOf(deps.db).lookupHash(parsed.id) }, { _id: 1 }).lean();
    // The same id raced in twice: the other request added it, so this one is a repeat.
    if (twin?._id === childId) return { child: (await Child.findById(childId).lean())!, created: false };
    throw new AppError('CHILD_EXISTS', { data: { childId: twin?._id ?? '' } });
  }
}
