import { formatYuan, ParameterNotFoundError, toIsoDate, type Amount, type Grant, type ParameterSet } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { ApplicationDoc } from './application-model';
import { programmeOf } from './application-view';

/** The first day of the month after the approval day (Beijing), when payment starts (DOMAIN.md step 4). */
export function paymentStart(now: Date): string {
  const [year, month] = toIsoDate(now).split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

const monthName = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;

/**
 * What the county fixes on approval: the programme's amount under the standard in force in the first
 * month paid, stored as figures so that a later raise never rewrites it. Temporary assistance is set by
 * staff case by case (000 第四章第四节).
 */
export function fixGrant(doc: ApplicationDoc, params: ParameterSet, now: Date, staffAmount?: number): Grant {
  const paymentFrom = paymentStart(now);
  if (doc.programme === 'temporaryAssistance') {
    if (staffAmount === undefined) throw new AppError('AMOUNT_REQUIRED');
    const text = `临时救助一次性发放 ${formatYuan(staffAmount)} 元`;
    return {
      monthly: null, perYear: null, perSchoolYear: null, once: staffAmount,
      breakdown: [{ label: '临时救助金额（工作人员核定）', amount: staffAmount }],
      text, paymentFrom, summary: `已批准，${text}`,
    };
  }
  let amount: Amount;
  try {
    amount = programmeOf(doc.programme).amount(doc.facts, paymentFrom, doc.routing!.regionCode, params);
  } catch (error) {
    // A grant is fixed as a figure, so without the county's standard there is nothing to approve yet.
    if (error instanceof ParameterNotFoundError) throw new AppError('STANDARD_NOT_ENTERED', { detail: `${error.parameter} ${error.regionCode} ${error.date}` });
    throw error;
  }
  if (amount.missingFacts?.length) throw new AppError('FACTS_INCOMPLETE', { detail: amount.missingFacts.join(',') });
  const monthly = amount.monthly ?? null;
  const perYear = amount.perYear ?? null;
  const perSchoolYear = amount.perSchoolYear ?? null;
  const figure =
    monthly !== null ? `每月 ${formatYuan(monthly)} 元，自${monthName(paymentFrom)}起发放`
    : perSchoolYear !== null ? `每学年 ${formatYuan(perSchoolYear)} 元`
    : perYear !== null ? `每年 ${formatYuan(perYear)} 元`
    : amount.text;
  return { monthly, perYear, perSchoolYear, once: null, breakdown: amount.breakdown, text: amount.text, paymentFrom, summary: `已批准，${figure}` };
}
