import type { Connection } from 'mongoose';
import {
  atOwningLevel,
  entryAt,
  isPlaceholderAt,
  nationalRegionCode,
  ParameterNotFoundError,
  regionFallbackChain,
  shippedParameterFiles,
  toIsoDate,
  type IsoDate,
  type Parameter,
  type ParameterName,
  type StaffFigures,
} from '@ccs/shared';
import { regionPath } from '../regions/find-region';
import { figureEntryModel } from './figure-entry-model';
import { loadParameterSet } from './load-parameter-set';

/**
 * The figures a region's staff see set (every figure with an owner): the value in force today for their region and its
 * history in the region and the levels above it, newest first, each with its basis, and who entered it and when (none
 * for the values shipped with the release). An administrator at a figure's owning level may enter it; county officers,
 * who approve against the figures, only read them.
 */
export async function listStaffFigures(db: Connection, regionScope: string, isAdmin: boolean, now = new Date()): Promise<StaffFigures> {
  const today = toIsoDate(now);
  const [params, entered, path] = await Promise.all([loadParameterSet(db), figureEntryModel(db).find().lean(), regionPath(db, regionScope)]);
  const names = new Map(path.map((region) => [region.code, region.name]));
  names.set(nationalRegionCode, '全国');
  const chain = regionFallbackChain(regionScope);
  const shipped = shippedParameterFiles() as Record<string, Parameter>;
  const figures = Object.values(shipped).flatMap((file) => {
    const parameter = params[file.name];
    if (!file.owner || !parameter) return [];
    const mine = entered.filter((entry) => entry.name === file.name && chain.includes(entry.regionCode));
    const shippedHistory = chain.flatMap((code) =>
      Object.entries(file.values[code] ?? {}).map(([effectiveFrom, value]) => ({
        regionCode: code, regionName: names.get(code) ?? null, effectiveFrom, value,
        basis: file.reference, enteredBy: null, enteredAt: null, placeholder: file.basis === 'placeholder',
      })),
    );
    const enteredHistory = mine.map((entry) => ({
      regionCode: entry.regionCode, regionName: names.get(entry.regionCode) ?? null, effectiveFrom: entry.effectiveFrom, value: entry.value,
      basis: entry.documentNumber, enteredBy: entry.enteredByName, enteredAt: entry.enteredAt.toISOString(), placeholder: false,
    }));
    const history = [...shippedHistory, ...enteredHistory].sort(
      (a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom) || (b.enteredAt ?? '').localeCompare(a.enteredAt ?? ''),
    );
    return [{
      name: file.name,
      description: file.description,
      unit: file.unit,
      owner: file.owner,
      mayEnter: isAdmin && atOwningLevel(file.owner, regionScope),
      inForce: inForceOf(params, parameter, regionScope, today),
      history,
    }];
  });
  return { regionCode: regionScope, regionName: names.get(regionScope) ?? null, figures };
}

function inForceOf(params: Record<string, Parameter>, parameter: Parameter, regionCode: string, date: IsoDate) {
  try {
    const entry = entryAt(parameter, regionCode, date);
    return { ...entry, placeholder: isPlaceholderAt(params, parameter.name as ParameterName, regionCode, date) };
  } catch (error) {
    if (error instanceof ParameterNotFoundError) return null;
    throw error;
  }
}
