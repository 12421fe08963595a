import { describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../calendar/iso-date';
import { maskResidentId, parseResidentId, residentIdCheckCharacter } from './resident-id';
import { residentIdSchema } from './resident-id-schema';

describe('resident ID numbers (GB 11643-1999)', () => {
  it.each([
    { name: 'the standard’s own example with X as check character is valid', id: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' },
    { name: 'the standard’s example born in 1880 is valid', id: '440524188001010014', birthDate: '1880-01-01', sex: 'male' },
    { name: 'a Guiyang boy born on 15 March 2010 is valid', id: '520123201003151238', birthDate: '2010-03-15', sex: 'male' },
    { name: 'an even 17th digit means a girl', id: '520123201003151246', birthDate: '2010-03-15', sex: 'female' },
    { name: 'a lower-case x with spaces around is accepted', id: ' 52012320140601000x ', birthDate: '2014-06-01', sex: 'female' },
    { name: 'a birth on 29 February of a leap year is valid', id: '52010220120229001X', birthDate: '2012-02-29', sex: 'male' },
  ])('$name', ({ id, birthDate, sex }) => {
    expect(parseResidentId(id)).toMatchObject({ valid: true, birthDate, sex });
  });

  it.each([
    { name: 'a wrong check digit is rejected', id: '520123201003151239', problem: 'checkDigit' },
    { name: 'a digit where X belongs is rejected', id: '110105194912310020', problem: 'checkDigit' },
    { name: 'an impossible date (30 February) is rejected', id: '520123201002301234', problem: 'birthDate' },
    { name: '29 February of a common year is rejected', id: '520123201102291234', problem: 'birthDate' },
    { name: 'month 13 is rejected', id: '520123201013011234', problem: 'birthDate' },
    { name: '17 digits are rejected', id: '52012320100315123', problem: 'length' },
    { name: '19 digits are rejected', id: '5201232010031512388', problem: 'length' },
    { name: 'an X in the middle is rejected', id: '5201232010X3151238', problem: 'characters' },
  ])('$name', ({ id, problem }) => {
    expect(parseResidentId(id)).toEqual({ valid: false, problem });
  });

  it.each([
    { name: 'a wrong check digit', id: '520123201003151239', message: '身份证号码的最后一位校验码不对，请核对' },
    { name: 'an impossible date', id: '520123201002301234', message: '身份证号码中的出生日期不对，请核对' },
    { name: '17 digits', id: '52012320100315123', message: '身份证号码应为18位，请核对' },
  ])('the schema explains $name in Chinese', ({ id, message }) => {
    const result = residentIdSchema.safeParse(id);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it('the schema normalises a valid number to upper case without spaces', () => {
    expect(residentIdSchema.parse(' 52012320140601000x')).toBe('52012320140601000X');
  });

  it('masking keeps the first four and last four characters', () => {
    expect(maskResidentId('520123201003151234')).toBe('5201**********1234');
    expect(maskResidentId('11010519491231002x')).toBe('1101**********002X');
  });

  /** A 修文县 number for a birth date, with its right check character. */
  const idBornOn = (date: string) => {
    const first17 = `520123${date.replaceAll('-', '')}123`;
    return first17 + residentIdCheckCharacter(first17);
  };

  it.each([
    { name: 'a child born today is valid', born: '2026-12-07', valid: true },
    { name: 'a birth date of tomorrow is refused', born: '2026-12-08', valid: false },
    { name: 'a birth date next year is refused', born: '2027-01-01', valid: false },
    { name: 'a birth on the last day of last year is valid', born: '2025-12-31', valid: true },
  ])('on 7 December 2026, $name', ({ born, valid }) => {
    const parsed = parseResidentId(idBornOn(born), '2026-12-07');
    expect(parsed).toEqual(valid ? expect.objectContaining({ valid: true, birthDate: born }) : { valid: false, problem: 'futureBirthDate' });
  });

  it('the schema refuses a birth date after today, whatever day it is, and says why', () => {
    const today = toIsoDate(new Date());
    expect(residentIdSchema.safeParse(idBornOn(today)).success).toBe(true);
    const result = residentIdSchema.safeParse(idBornOn(addDays(today, 1)));
    expect(result.error?.issues[0]?.message).toBe('身份证号码中的出生日期在今天以后，请核对');
  });
});
