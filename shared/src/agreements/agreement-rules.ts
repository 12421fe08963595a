import type { IsoDate } from '../calendar/iso-date';
import { ageOn } from '../identity/age-on';
import { parseResidentId } from '../identity/resident-id';
import { valueIn, type ParameterSet } from '../rules/parameters';

export interface AgreementPeriodContent {
  start: IsoDate;
  end: IsoDate;
}

export type AgreementProblemCode = 'CHILD_TOO_OLD' | 'CAREGIVER_NOT_ADULT' | 'CAREGIVER_IS_CHILD' | 'VALIDATION_FAILED';

export interface AgreementProblem {
  code: AgreementProblemCode;
  /** Dotted path of the form field, as in VALIDATION_FAILED `fields`. */
  field: string;
  message: string;
}

export interface AgreementPartiesInput {
  children: { name: string; residentId: string }[];
  caregiverResidentId: string;
  period: AgreementPeriodContent;
  /** The children's village, whose figures apply. */
  regionCode: string;
}

/**
 * Checks who may be party to an agreement, on its start date: every child under 16 (`agreements.child_age_limit`;
 * 000 第四章第三节 "未满十六周岁", 001 二（二）5), the caregiver an adult of 18 or more by the birth date in the ID
 * number (`agreements.caregiver_min_age`: full capacity, Civil Code arts. 17–18; 001 §5 "有监护能力"), the caregiver
 * not one of the children, and the end after the start. Returns every problem, in form order; empty when the
 * agreement may be made.
 */
export function checkAgreementParties(input: AgreementPartiesInput, params: ParameterSet): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  const { start, end } = input.period;
  const agreementChildAgeLimit = valueIn(params, 'agreements.child_age_limit', input.regionCode, start);
  const caregiverMinimumAge = valueIn(params, 'agreements.caregiver_min_age', input.regionCode, start);
  input.children.forEach((child, index) => {
    const parsed = parseResidentId(child.residentId);
    if (parsed.valid && ageOn(parsed.birthDate, start) >= agreementChildAgeLimit) {
      problems.push({
        code: 'CHILD_TOO_OLD',
        field: `body.children.${index}`,
        message: `${child.name}在协议开始那天已满${agreementChildAgeLimit}周岁，不在委托照护协议的范围内`,
      });
    }
  });
  const caregiverId = input.caregiverResidentId.trim().toUpperCase();
  if (input.children.some((child) => child.residentId.trim().toUpperCase() === caregiverId)) {
    problems.push({ code: 'CAREGIVER_IS_CHILD', field: 'body.caregiver.residentId', message: '照护人不能是协议里的孩子，请填写照护人本人的身份证号' });
  }
  const caregiver = parseResidentId(caregiverId);
  if (caregiver.valid && ageOn(caregiver.birthDate, start) < caregiverMinimumAge) {
    problems.push({ code: 'CAREGIVER_NOT_ADULT', field: 'body.caregiver.residentId', message: `照护人要年满${caregiverMinimumAge}周岁，请另找一位成年人照护` });
  }
  if (!(end > start)) {
    problems.push({ code: 'VALIDATION_FAILED', field: 'body.period.end', message: '结束日期要在开始日期之后' });
  }
  return problems;
}
