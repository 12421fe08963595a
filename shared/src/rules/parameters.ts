import type { IsoDate } from '../calendar/iso-date';
import { parameterIndex } from './parameter-index';
import type { ParameterFile } from './parameter-file-schema';

/**
 * Figures live in `shared/parameters/` as data, one per file, in the manner of OpenFisca: the file path
 * is the name (`benefits/orphan_allowance/scattered_amount.json` → `benefits.orphan_allowance.scattered_amount`),
 * values are keyed by region code and then by the date they take effect, and old dates are never
 * rewritten: a raise is a new date (000 第一章第一节 "自然增长机制").
 */
export const parameterUnits = ['CNY_per_month', 'CNY_per_school_year', 'CNY_per_year', 'ratio', 'working_days', 'minutes', 'days', 'months', 'years', 'count'] as const;

/**
 * Where a figure comes from: the seeds, published practice not in the seeds (docs/policy.md), a product
 * choice, or a placeholder the county bureau must confirm before it is paid out.
 */
export const parameterBases = ['seed', 'published_practice', 'product_choice', 'placeholder'] as const;

export type { ParameterFile } from './parameter-file-schema';

export type ParameterName = keyof typeof parameterIndex;
export type Parameter = ParameterFile & {
  name: string;
  /**
   * Region → effective dates an administrator entered with a document number (`server/src/parameters/`): such an
   * entry is the region's own confirmed figure, never a placeholder, whatever the file's `basis` says.
   */
  confirmed?: Record<string, string[]>;
};
/** The parameters a formula reads, by name; tests pass their own sets. */
export type ParameterSet = Readonly<Record<string, Parameter>>;

export class ParameterNotFoundError extends Error {
  override readonly name = 'ParameterNotFoundError';
  constructor(
    readonly parameter: string,
    readonly regionCode: string,
    readonly date: IsoDate,
  ) {
    super(`参数 ${parameter} 在地区 ${regionCode} 于 ${date} 没有生效的数值`);
  }
}

/**
 * The key of a figure that holds in the whole country (a national definition such as the ages in the law): no
 * province's code starts with 00, so it never shadows a region's own value.
 */
export const nationalRegionCode = '00';

/** The code itself, then its township, county, city and province (12 → 9 → 6 → 4 → 2 digits), then the nation. */
export function regionFallbackChain(regionCode: string): string[] {
  const lengths = [12, 9, 6, 4, 2].filter((length) => length < regionCode.length);
  return [...new Set([regionCode, ...lengths.map((length) => regionCode.slice(0, length)), nationalRegionCode])];
}

/** The entry that supplies a figure: the region it was entered for, the day it took effect, its value. */
export interface ParameterEntryInForce {
  regionCode: string;
  effectiveFrom: IsoDate;
  value: number;
}

/**
 * The entry in force in a region on a date: the most specific region that has a value in force on that
 * date wins, and within a region the latest effective date on or before the date. Throws
 * `ParameterNotFoundError` when no level has one.
 */
export function entryAt(parameter: Parameter, regionCode: string, date: IsoDate): ParameterEntryInForce {
  for (const code of regionFallbackChain(regionCode)) {
    const byDate = parameter.values[code];
    if (!byDate) continue;
    const inForce = Object.keys(byDate)
      .filter((effective) => effective <= date)
      .sort()
      .at(-1);
    if (inForce !== undefined) return { regionCode: code, effectiveFrom: inForce as IsoDate, value: byDate[inForce]! };
  }
  throw new ParameterNotFoundError(parameter.name, regionCode, date);
}

/** The value in force in a region on a date (`entryAt`). */
export function parameterAt(parameter: Parameter, regionCode: string, date: IsoDate): number {
  return entryAt(parameter, regionCode, date).value;
}

/** Reads a named parameter from a set; a name missing from the set is a programming error. */
export function valueIn(params: ParameterSet, name: ParameterName, regionCode: string, date: IsoDate): number {
  const parameter = params[name];
  if (!parameter) throw new ParameterNotFoundError(name, regionCode, date);
  return parameterAt(parameter, regionCode, date);
}

/** Like `valueIn`, but `undefined` where no figure has been entered yet (placeholder parameters). */
export function optionalValueIn(
  params: ParameterSet,
  name: ParameterName,
  regionCode: string,
  date: IsoDate,
): number | undefined {
  try {
    return valueIn(params, name, regionCode, date);
  } catch (error) {
    if (error instanceof ParameterNotFoundError) return undefined;
    throw error;
  }
}

/**
 * True when the figure in force in the region on the date is a placeholder the region has not entered as its own:
 * a shipped entry of a `placeholder` file that no administrator has confirmed (shared/parameters/README.md).
 */
export function isPlaceholderAt(params: ParameterSet, name: ParameterName, regionCode: string, date: IsoDate): boolean {
  const parameter = params[name];
  if (parameter?.basis !== 'placeholder') return false;
  const entry = entryAt(parameter, regionCode, date);
  return !parameter.confirmed?.[entry.regionCode]?.includes(entry.effectiveFrom);
}

/**
 * Every parameter file by name, as shipped: the files are imported statically (see parameter-index.ts), so this
 * works in the app bundle as well as on the server. The app reads them so, without loading zod; the server and the
 * tests take them through `loadParameterFiles`, which checks each against the schema.
 */
export function shippedParameterFiles(): Record<ParameterName, Parameter> {
  const entries = Object.entries(parameterIndex).map(([name, file]) => [name, { ...(file as ParameterFile), name }]);
  return Object.fromEntries(entries) as Record<ParameterName, Parameter>;
}
