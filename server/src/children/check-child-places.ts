import type { Connection } from 'mongoose';
import { AppError } from '../errors/app-error';
import { findRegion, villagesLoaded } from '../regions/find-region';

interface ChildPlaces {
  hukouRegion: string;
  hukouAddress?: string | null;
  residenceRegion: string | null;
}

const refused = (field: string, message: string) => new AppError('VALIDATION_FAILED', { fields: { [`body.${field}`]: message } });

/**
 * Checks a child's places and gives the hukou address to keep. A hukou village, and the residence, must be villages
 * in the data. A hukou place this service has no villages for (another province, a county not opened) is its county
 * or township with the 户籍详细地址 written out, and the child must live in a village here, where it applies
 * (docs/policy.md "Families from anywhere in China"). A county whose villages are loaded must be chosen down to one.
 */
export async function checkChildPlaces(db: Connection, places: ChildPlaces): Promise<{ hukouAddress: string | null }> {
  for (const [field, code] of [['hukouRegion', places.hukouRegion], ['residenceRegion', places.residenceRegion]] as const) {
    if (code && !(await findRegion(db, code))) {
      const what = code.length === 12 ? '村（社区）' : code.length === 9 ? '乡镇（街道）' : '县（区）';
      throw new AppError('REGION_NOT_FOUND', { fields: { [`body.${field}`]: `没有这个${what}，请从列表中选择` } });
    }
  }
  if (places.hukouRegion.length === 12) return { hukouAddress: null };
  if (await villagesLoaded(db, places.hukouRegion)) throw refused('hukouRegion', '这个地方可以选到村（社区），请继续选到户口所在的村（社区）');
  if (!places.hukouAddress) throw refused('hukouAddress', '户口没有选到村（社区）时，请按户口簿填写户籍详细地址');
  if (!places.residenceRegion) throw refused('residenceRegion', '户口在外地时，请选择孩子现在住的村（社区），在那里申请');
  return { hukouAddress: places.hukouAddress };
}
