import type { IsoDate } from '../calendar/iso-date';
import { valueIn, type ParameterSet } from './parameters';

/**
 * The first day of the month a monthly allowance is first paid: `payments.start_months_after_approval` months
 * after the month of approval (1: the next month, as civil-affairs allowances are paid; docs/policy.md "Money").
 */
export function paymentStart(approvedOn: IsoDate, regionCode: string, params: ParameterSet): IsoDate {
  const [year, month] = approvedOn.split('-').map(Number) as [number, number];
  const monthsAfter = valueIn(params, 'payments.start_months_after_approval', regionCode, approvedOn);
  const index = year * 12 + (month - 1) + monthsAfter;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
