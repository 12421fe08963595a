import { isIsoDate, toIsoDate, type IsoDate } from '../calendar/iso-date';

/**
 * 18-digit resident identity numbers (GB 11643-1999): 6-digit address code, 8-digit birth date,
 * 3-digit sequence whose last digit is odd for men and even for women, and an ISO 7064 MOD 11-2
 * check character (0–9 or X).
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';

export type Sex = 'male' | 'female';
export type ResidentIdProblem = 'length' | 'characters' | 'birthDate' | 'futureBirthDate' | 'checkDigit';

export type ParsedResidentId =
  | { valid: true; id: string; birthDate: IsoDate; sex: Sex; addressCode: string }
  | { valid: false; problem: ResidentIdProblem };

/** What to tell the person typing the number, in plain words. */
export const residentIdProblemMessages: Record<ResidentIdProblem, string> = {
  length: '身份证号码应为18位，请核对',
  characters: '身份证号码前17位应为数字，最后一位为数字或X，请核对',
  birthDate: '身份证号码中的出生日期不对，请核对',
  futureBirthDate: '身份证号码中的出生日期在今天以后，请核对',
  checkDigit: '身份证号码的最后一位校验码不对，请核对',
};

/** The check character for the first 17 digits. */
export function residentIdCheckCharacter(first17: string): string {
  const sum = weights.reduce((total, weight, index) => total + weight * Number(first17[index]), 0);
  return checkCharacters[sum % 11]!;
}

/**
 * Reads a resident ID; spaces around it and a lower-case x are accepted. The birth date must be a real day (no
 * 30 February, no month 13) and not after `today` (a Beijing calendar day): nobody holds a number issued for a
 * birth still to come, so such a number is a typing mistake or made up (issue 16).
 */
export function parseResidentId(input: string, today: IsoDate = toIsoDate(new Date())): ParsedResidentId {
  const id = input.trim().toUpperCase();
  if (id.length !== 18) return { valid: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(id)) return { valid: false, problem: 'characters' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isIsoDate(birthDate)) return { valid: false, problem: 'birthDate' };
  if (birthDate > today) return { valid: false, problem: 'futureBirthDate' };
  if (residentIdCheckCharacter(id.slice(0, 17)) !== id[17]) return { valid: false, problem: 'checkDigit' };
  const sex: Sex = Number(id[16]) % 2 === 1 ? 'male' : 'female';
  return { valid: true, id, birthDate, sex, addressCode: id.slice(0, 6) };
}

/**
 * Shows the first four and last four characters only (5201**********1234), enough for a family or a
 * staff member to recognise the child without exposing the birth date (docs/policy.md "Privacy").
 */
export function maskResidentId(id: string): string {
  const trimmed = id.trim().toUpperCase();
  if (trimmed.length <= 8) return '*'.repeat(trimmed.length);
  return `${trimmed.slice(0, 4)}${'*'.repeat(trimmed.length - 8)}${trimmed.slice(-4)}`;
}
