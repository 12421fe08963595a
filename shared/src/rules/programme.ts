import type { IsoDate } from '../calendar/iso-date';
import { factQuestions, type ChildFacts, type FactName } from './child-facts';
import type { Finding, Reason } from './finding';
import { ParameterNotFoundError, type ParameterSet } from './parameters';
import type { RequiredDocument } from './required-documents';

export interface Eligibility {
  eligible: boolean | 'unknown';
  reasons: Reason[];
  /** Exactly the facts still needed to decide; empty once decided. */
  missingFacts: FactName[];
}

export interface AmountLine {
  label: string;
  amount: number;
}

/**
 * What a programme pays on a date in a region. Purely date-based: a standard raised from 1 July gives
 * the new amount for dates from 1 July and the old one before, and nothing already granted is touched.
 */
export interface Amount {
  monthly?: number;
  perSchoolYear?: number;
  perYear?: number;
  breakdown: AmountLine[];
  /** The sum in plain words, e.g. "标准 1200 元 − 现领低保 500 元 = 每月 700 元". */
  text: string;
  /** Facts the amount needs that are not given yet. */
  missingFacts?: FactName[];
  /** Cautions, e.g. a figure the county bureau has not confirmed. */
  notes?: string[];
  /** What staff read instead of `text` when the figure is a matter for the county bureau, not for the family. */
  staffNote?: string;
}

export interface Programme<Id extends string = string> {
  id: Id;
  /** The programme's name in the seeds. */
  name: string;
  eligibility(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Eligibility;
  amount(facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Amount;
  /** The supporting documents these facts make relevant, for the application's photo list. */
  requiredDocuments(facts: ChildFacts): RequiredDocument[];
}

export const toEligibility = (finding: Finding): Eligibility => ({
  eligible: finding.holds,
  reasons: finding.reasons,
  missingFacts: finding.missingFacts,
});

/** Yuan as people write them: 1200, 180.5 → "180.50". */
export const formatYuan = (amount: number): string => (Number.isInteger(amount) ? String(amount) : amount.toFixed(2));

/** Rounded to the fen. */
export const roundToFen = (amount: number): number => Math.round(amount * 100) / 100;

/** The amount cannot be worked out until these facts are given. */
export function amountNeeds(missingFacts: FactName[]): Amount {
  return {
    breakdown: [],
    text: `还需要：${missingFacts.map((fact) => factQuestions[fact]).join('；')}`,
    missingFacts,
  };
}

/**
 * Said beside an amount worked out from a placeholder figure (`isPlaceholderAt`) until the region enters its own:
 * to the family in the check and the application, to staff on the case.
 */
export const placeholderFigureNote = '本地标准尚待录入，金额仅供参考';

/** An amount's words with its cautions after them, as the family and staff read it. */
export const amountWithNotes = (amount: Amount, text = amount.text): string => [text, ...(amount.notes ?? [])].join('。');

/**
 * A programme paid at a county standard that has not been entered for this region yet. The family is told the
 * county sets the sum and says it with its decision; staff read that the figure is missing from the system.
 */
export function standardNotEntered(name: string): Amount {
  return {
    breakdown: [],
    text: `${name}发多少钱，按县里定的标准；县民政局审批后会告诉您具体金额`,
    staffNote: `${name}：本县标准尚未录入系统，请县民政局录入后再审批`,
  };
}

/** The programme's amount, or `standardNotEntered` where no figure it needs is in force in the region on that date. */
export function amountOrNotEntered(programme: Programme, facts: ChildFacts, date: IsoDate, regionCode: string, params: ParameterSet): Amount {
  try {
    return programme.amount(facts, date, regionCode, params);
  } catch (error) {
    if (error instanceof ParameterNotFoundError) return standardNotEntered(programme.name);
    throw error;
  }
}
