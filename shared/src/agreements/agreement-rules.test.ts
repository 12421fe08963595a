import { describe, expect, it } from 'vitest';
import { residentIdCheckCharacter } from '../identity/resident-id';
import { loadParameterFiles } from '../rules/parameter-file-schema';
import { checkAgreementParties, type AgreementPartiesInput } from './agreement-rules';

const params = loadParameterFiles();
const regionCode = '520123100001';

function idFor(birthDate: string, sequence = '123'): string {
  const first17 = `520123${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

const grandmother = idFor('1960-05-01', '124');
const codesOf = (input: Omit<AgreementPartiesInput, 'regionCode'>) => checkAgreementParties({ ...input, regionCode }, params).map((p) => p.code);

describe('who may be party to an entrusted-care agreement, on its start date', () => {
  it.each([
    { name: 'a 10-year-old with a grandmother for a year may be entrusted', child: '2016-01-10', caregiver: grandmother, start: '2026-12-01', end: '2027-12-01', codes: [] },
    { name: 'a child the day before the 16th birthday is still in scope', child: '2010-12-02', caregiver: grandmother, start: '2026-12-01', end: '2027-12-01', codes: [] },
    { name: 'a child on the 16th birthday is out of scope', child: '2010-12-01', caregiver: grandmother, start: '2026-12-01', end: '2027-12-01', codes: ['CHILD_TOO_OLD'] },
    { name: 'a caregiver on the 18th birthday may care', child: '2016-01-10', caregiver: idFor('2008-12-01', '125'), start: '2026-12-01', end: '2027-12-01', codes: [] },
    { name: 'a caregiver the day before the 18th birthday may not', child: '2016-01-10', caregiver: idFor('2008-12-02', '125'), start: '2026-12-01', end: '2027-12-01', codes: ['CAREGIVER_NOT_ADULT'] },
    { name: 'a period that ends on its start day is refused', child: '2016-01-10', caregiver: grandmother, start: '2026-12-01', end: '2026-12-01', codes: ['VALIDATION_FAILED'] },
    { name: 'a period that ends before it starts is refused', child: '2016-01-10', caregiver: grandmother, start: '2026-12-01', end: '2026-06-01', codes: ['VALIDATION_FAILED'] },
  ])('$name', ({ child, caregiver, start, end, codes }) => {
    expect(codesOf({ children: [{ name: '小明', residentId: idFor(child) }], caregiverResidentId: caregiver, period: { start, end } })).toEqual(codes);
  });

  it('a child cannot be the caregiver of the agreement (same ID, lower-case x or not)', () => {
    const childId = idFor('2012-03-01', '129');
    const problems = checkAgreementParties(
      {
        children: [{ name: '小红', residentId: childId }],
        caregiverResidentId: ` ${childId.toLowerCase()} `,
        period: { start: '2026-12-01', end: '2027-12-01' },
        regionCode,
      },
      params,
    );
    expect(problems.map((p) => p.code)).toEqual(['CAREGIVER_IS_CHILD', 'CAREGIVER_NOT_ADULT']);
    expect(problems[0]!.field).toBe('body.caregiver.residentId');
  });

  it('names the child that is too old, by form position', () => {
    const problems = checkAgreementParties(
      {
        children: [
          { name: '小明', residentId: idFor('2016-01-10') },
          { name: '大明', residentId: idFor('2009-01-10', '127') },
        ],
        caregiverResidentId: grandmother,
        period: { start: '2026-12-01', end: '2027-12-01' },
        regionCode,
      },
      params,
    );
    expect(problems).toEqual([expect.objectContaining({ code: 'CHILD_TOO_OLD', field: 'body.children.1', message: expect.stringContaining('大明') })]);
  });
});
