import type { IsoDate } from '../calendar/iso-date';
import unitData from '../../parameter-units.json';
import { formatYuan } from './programme';
import { parameterUnits, type Parameter } from './parameters';

/**
 * The level of government that sets a figure (shared/parameters/README.md "Who sets a figure"): only an
 * administrator of that level, for their own region, enters a new value. A figure without an owner (the legal
 * definitions, the time limits of the procedure) changes only with a release.
 */
export const figureOwners = ['province', 'city', 'county'] as const;
export type FigureOwner = (typeof figureOwners)[number];

export const figureOwnerLabels: Record<FigureOwner, string> = { province: '省级', city: '市（州）级', county: '县（市、区）级' };

/** A region code's length at each owning level. */
const ownerCodeLength: Record<FigureOwner, number> = { province: 2, city: 4, county: 6 };

/** The region (an administrator's scope, an entry's region) is at the level that sets the figure. */
export const atOwningLevel = (owner: FigureOwner, regionCode: string): boolean => regionCode.length === ownerCodeLength[owner];

type Unit = (typeof parameterUnits)[number];

/** The values an administrator may enter per unit: a guard against a slipped digit, not a policy figure. */
export const unitRanges = unitData.ranges as Record<Unit, { min: number; max: number }>;

/** Each unit as the staff page writes it after a value. */
export const unitLabels: Record<Unit, string> = {
  CNY_per_month: '元/人·月',
  CNY_per_school_year: '元/人·学年',
  CNY_per_year: '元/人·年',
  ratio: '（比例，0.3 即 30%）',
  working_days: '个工作日',
  minutes: '分钟',
  days: '天',
  months: '个月',
  years: '周岁',
  count: '次',
};

/** What an administrator enters: a figure's new value for their region from a date, on a document's authority. */
export interface FigureEntry {
  regionCode: string;
  effectiveFrom: IsoDate;
  value: number;
  /** The legal basis: the number of the document that sets the value, e.g. 筑民发〔2026〕12号. */
  documentNumber: string;
}

export type FigureEntryRefusal = 'FIGURE_NOT_ENTERABLE' | 'FIGURE_WRONG_LEVEL' | 'FIGURE_OTHER_REGION' | 'FIGURE_OUT_OF_RANGE';

/**
 * Why an administrator whose scope is `adminScope` may not enter this value, or null when they may: the figure
 * must have an owner, the administrator and the entry's region must both be at the owning level, the region must
 * be the administrator's own, and the value inside its unit's range.
 */
export function figureEntryRefusal(parameter: Parameter, entry: Pick<FigureEntry, 'regionCode' | 'value'>, adminScope: string): FigureEntryRefusal | null {
  if (!parameter.owner) return 'FIGURE_NOT_ENTERABLE';
  if (!atOwningLevel(parameter.owner, adminScope) || !atOwningLevel(parameter.owner, entry.regionCode)) return 'FIGURE_WRONG_LEVEL';
  if (entry.regionCode !== adminScope) return 'FIGURE_OTHER_REGION';
  const range = unitRanges[parameter.unit];
  if (!Number.isFinite(entry.value) || entry.value < range.min || entry.value > range.max) return 'FIGURE_OUT_OF_RANGE';
  return null;
}

/** The range of a unit as the refusal states it, e.g. "1 到 20000 元/人·月". */
export const unitRangeText = (unit: Unit): string => `${formatYuan(unitRanges[unit].min)} 到 ${formatYuan(unitRanges[unit].max)} ${unitLabels[unit]}`;
