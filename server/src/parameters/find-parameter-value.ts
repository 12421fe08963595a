import type { Connection } from 'mongoose';
import { entryAt, ParameterNotFoundError, type IsoDate } from '@ccs/shared';
import { figureEntryModel } from './figure-entry-model';
import { parameterModel, type ParameterDoc } from './parameter-model';
import { byEntryTime, toParameter } from './load-parameter-set';

export interface ParameterValue {
  name: string;
  unit: ParameterDoc['unit'];
  /** The region whose entry applied: the code asked for or one of its ancestors. */
  regionCode: string;
  effectiveFrom: IsoDate;
  value: number;
  /** The file's reference, or the document number of the value a region's administrator entered. */
  reference: string;
}

/**
 * The value of a parameter in force in a region on a date, read from the database by `_id` with the values
 * administrators entered, and the region and effective date that supplied it. The fallback (village → township →
 * county → city → province) and the choice of date are `entryAt`'s; null when the name is unknown or nothing is in force.
 */
export async function findParameterValue(
  db: Connection,
  name: string,
  regionCode: string,
  date: IsoDate,
): Promise<ParameterValue | null> {
  const [doc, entered] = await Promise.all([parameterModel(db).findById(name).lean(), figureEntryModel(db).find({ name }).lean()]);
  if (!doc) return null;
  try {
    const entry = entryAt(toParameter(doc, entered), regionCode, date);
    const basis = entered.sort(byEntryTime).reverse().find((e) => e.regionCode === entry.regionCode && e.effectiveFrom === entry.effectiveFrom);
    return { name, unit: doc.unit, ...entry, reference: basis?.documentNumber ?? doc.reference };
  } catch (error) {
    if (error instanceof ParameterNotFoundError) return null;
    throw error;
  }
}
