import type { Connection } from 'mongoose';
import { parameterAt, ParameterNotFoundError, type IsoDate, type Parameter } from '@ccs/shared';
import { parameterModel, type ParameterDoc, type ParameterEntry } from './parameter-model';

export interface ParameterValue {
  name: string;
  unit: ParameterDoc['unit'];
  /** The region whose entry applied: the code asked for or one of its ancestors. */
  regionCode: string;
  effectiveFrom: IsoDate;
  value: number;
  reference: string;
}

/**
 * The value of a parameter in force in a region on a date, read from the database by `_id`, with the
 * region and effective date that supplied it. The fallback (village → township → county → city →
 * province) and the choice of date are `parameterAt`'s; null when the name is unknown or nothing is in force.
 */
export async function findParameterValue(
  db: Connection,
  name: string,
  regionCode: string,
  date: IsoDate,
): Promise<ParameterValue | null> {
  const doc = await parameterModel(db).findById(name).lean();
  if (!doc) return null;
  const { parameter, entries } = toIndexedParameter(doc);
  let index: number;
  try {
    index = parameterAt(parameter, regionCode, date);
  } catch (error) {
    if (error instanceof ParameterNotFoundError) return null;
    throw error;
  }
  const entry = entries[index]!;
  return { name, unit: doc.unit, regionCode: entry.regionCode, effectiveFrom: entry.effectiveFrom, value: entry.value, reference: doc.reference };
}

/**
 * The document in the shape `parameterAt` reads, with each value replaced by the position of its entry,
 * so the number `parameterAt` returns tells which entry (region, date, value) applied. Should two entries
 * share a region and date, the first stored wins, as the seed never overwrites a stored one.
 */
function toIndexedParameter(doc: ParameterDoc): { parameter: Parameter; entries: ParameterEntry[] } {
  const values: Record<string, Record<string, number>> = {};
  doc.values.forEach((entry, index) => {
    const byDate = (values[entry.regionCode] ??= {});
    byDate[entry.effectiveFrom] ??= index;
  });
  const { description, unit, reference, basis } = doc;
  return { parameter: { name: doc._id, description, unit, reference, basis, values }, entries: doc.values };
}
