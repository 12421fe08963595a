import type { IsoDate } from '../calendar/iso-date';
import { optionalValueIn, type ParameterName, type ParameterSet } from './parameters';
import { formatYuan, standardNotEntered, type Amount } from './programme';

/**
 * A subsidy paid at one flat monthly standard set by the county (the two disability subsidies,
 * 000 第四章第六节); says so plainly while the county has not entered its figure.
 */
export function flatMonthlyStandard(
  params: ParameterSet,
  name: ParameterName,
  label: string,
  note: string,
  regionCode: string,
  date: IsoDate,
): Amount {
  const monthly = optionalValueIn(params, name, regionCode, date);
  if (monthly === undefined) return standardNotEntered(label);
  return {
    monthly,
    breakdown: [{ label: `${label}标准`, amount: monthly }],
    text: `每月 ${formatYuan(monthly)} 元（${note}）`,
  };
}
