import type { Connection } from 'mongoose';
import type { Parameter, ParameterSet } from '@ccs/shared';
import { figureEntryModel, type FigureEntryDoc } from './figure-entry-model';
import { parameterModel, type ParameterDoc } from './parameter-model';

/**
 * Every stored parameter in the shape the shared rules read, so the server decides with the figures in
 * the database (which a region's administrator may have entered) rather than the files the app was built with.
 */
export async function loadParameterSet(db: Connection): Promise<ParameterSet> {
  const [docs, entered] = await Promise.all([parameterModel(db).find().lean(), figureEntryModel(db).find().lean()]);
  return Object.fromEntries(docs.map((doc) => [doc._id, toParameter(doc, entered.filter((entry) => entry.name === doc._id))]));
}

/**
 * One stored parameter with the values its regions' administrators entered. A seeded entry keeps the first value
 * stored for its region and date (the seed never overwrites one); an entered one wins over it and over earlier
 * entries for the same region and date, being the correction, and is marked `confirmed`.
 */
export function toParameter(doc: ParameterDoc, entered: FigureEntryDoc[]): Parameter {
  const values: Parameter['values'] = {};
  for (const entry of doc.values) (values[entry.regionCode] ??= {})[entry.effectiveFrom] ??= entry.value;
  const confirmed: Record<string, string[]> = {};
  for (const entry of [...entered].sort(byEntryTime)) {
    (values[entry.regionCode] ??= {})[entry.effectiveFrom] = entry.value;
    (confirmed[entry.regionCode] ??= []).push(entry.effectiveFrom);
  }
  const { description, unit, reference, basis } = doc;
  return { name: doc._id, description, unit, reference, basis, values, ...(entered.length > 0 ? { confirmed } : {}) };
}

/** Oldest first; two entered in the same millisecond in the order of their ids. */
export const byEntryTime = (a: FigureEntryDoc, b: FigureEntryDoc): number =>
  a.enteredAt.getTime() - b.enteredAt.getTime() || (a._id < b._id ? -1 : 1);
