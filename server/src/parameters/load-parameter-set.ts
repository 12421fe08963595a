import type { Connection } from 'mongoose';
import type { Parameter, ParameterSet } from '@ccs/shared';
import { parameterModel } from './parameter-model';

/**
 * Every stored parameter in the shape the shared rules read, so the server decides with the figures in
 * the database (which a county may have raised) rather than the files the app was built with.
 */
export async function loadParameterSet(db: Connection): Promise<ParameterSet> {
  const docs = await parameterModel(db).find().lean();
  const entries = docs.map((doc): [string, Parameter] => {
    const values: Parameter['values'] = {};
    for (const entry of doc.values) (values[entry.regionCode] ??= {})[entry.effectiveFrom] ??= entry.value;
    const { description, unit, reference, basis } = doc;
    return [doc._id, { name: doc._id, description, unit, reference, basis, values }];
  });
  return Object.fromEntries(entries);
}
