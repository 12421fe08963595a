import { formatYuan, ParameterNotFoundError, paymentStart, toIsoDate, type Amount, type Grant, type ParameterSet } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { ApplicationDoc } from './application-model';
import { programmeOf } from './application-view';

const monthName = (date: string) => `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月`;

/**
 * What the county fixes on approval: the programme's amount under the standard in force in the first
 * month paid, stored as figures so that a later raise never rewrites it. Temporary assistance is set by
 * staff case by case (000 第四章第四节).
 */
export function fixGrant(doc: ApplicationDoc, params: ParameterSet, now: Date, staffAmount?: number): Grant {
  // The approval day in Beijing; the month payment starts is a figure of the region (payments.*).
  const paymentFrom = paymentStart(toIsoDate(now), doc.routing!.regionCode, params);
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
