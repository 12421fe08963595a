import { Types } from 'mongoose';
import { parseResidentId, type ChildInput } from '@ccs/shared';
import type { AppDeps } from '../app-deps';
import { AppError } from '../errors/app-error';
import { fieldCipherOf } from '../crypto/attach-field-cipher';
import { findRegion } from '../regions/find-region';
import { childModel, type ChildDoc } from './child-model';

type ParsedChildInput = Required<ChildInput> & { residentId: string };

/**
 * Adds a child to a family under the id the app made, or updates it when the same family sends it again:
 * a retried request changes nothing. The same ID number under another id is refused with the existing id,
 * so the app can open that child instead of adding a twin.
 */
export async function saveChild(
  deps: AppDeps,
  guardianAccountId: string,
  childId: string,
  input: ParsedChildInput,
): Promise<{ child: ChildDoc; created: boolean }> {
  const parsed = parseResidentId(input.residentId);
  if (!parsed.valid) throw new AppError('VALIDATION_FAILED', { fields: { 'body.residentId': '身份证号码不对，请核对' } });
  for (const [field, code] of [['hukouRegion', input.hukouRegion], ['residenceRegion', input.residenceRegion]] as const) {
    if (code && !(await findRegion(deps.db, code))) {
      throw new AppError('REGION_NOT_FOUND', { fields: { [`body.${field}`]: '没有这个村（社区），请从列表中选择' } });
    }
  }
  const Child = childModel(deps.db);
  const guardian = new Types.ObjectId(guardianAccountId);
  const existing = await Child.findById(childId).lean();
  if (existing && !existing.guardianAccountId.equals(guardian)) throw new AppError('NOT_FOUND');
  const fields = {
    name: input.name,
    residentId: parsed.id,
    birthDate: parsed.birthDate,
    sex: parsed.sex,
    hukouRegion: input.hukouRegion,
    residenceRegion: input.residenceRegion,
    relation: input.relation,
  };
  try {
    if (existing) {
      const child = await Child.findOneAndUpdate({ _id: childId }, { $set: fields }, { returnDocument: 'after' }).lean();
      return { child: child!, created: false };
    }
    const child = await Child.create({ _id: childId, guardianAccountId: guardian, ...fields });
    return { child: child.toObject(), created: true };
  } catch (error) {
    if ((error as { code?: number }).code !== 11000) throw error;
    const twin = await Child.findOne({ guardianAccountId: guardian, residentIdHash: fieldCipherOf(deps.db).lookupHash(parsed.id) }, { _id: 1 }).lean();
    // The same id raced in twice: the other request added it, so this one is a repeat.
    if (twin?._id === childId) return { child: (await Child.findById(childId).lean())!, created: false };
    throw new AppError('CHILD_EXISTS', { data: { childId: twin?._id ?? '' } });
  }
}
