import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { loadParameterFiles } from './parameter-file-schema';
import { specialHardshipGrant } from './special-hardship-grant';
import { testParameterSet } from './test-parameter-set';

const village = '520123100001';
const pupil: ChildFacts = {
  birthDate: '2014-09-01',
  household: 'rural',
  familyAssistance: 'minimumLiving',
  schooling: 'compulsory',
  enrolled: true,
  father: 'atHome',
  mother: 'atHome',
};

describe('特殊困难补助金: 30% of the rural 低保 standard (001 二（三）9)', () => {
  it.each([
    { name: 'a pupil of a rural 低保 family is eligible', facts: pupil, eligible: true },
    { name: 'a left-behind pupil of a rural 低保 family is eligible', facts: { ...pupil, father: 'workingAway', mother: 'workingAway' }, eligible: true },
    { name: 'an urban 低保 family is not', facts: { ...pupil, household: 'urban' }, eligible: false },
    { name: 'a rural family on 特困供养 rather than 低保 is not', facts: { ...pupil, familyAssistance: 'destituteSupport' }, eligible: false },
    { name: 'a rural family without 低保 is not', facts: { ...pupil, familyAssistance: 'none' }, eligible: false },
    { name: 'a high-school pupil is not', facts: { ...pupil, schooling: 'highSchool' }, eligible: false },
    { name: 'a child out of school is not', facts: { ...pupil, enrolled: false }, eligible: false },
  ] as const)('$name', ({ facts, eligible }) => {
    expect(specialHardshipGrant.eligibility(facts, '2026-11-23', village, testParameterSet()).eligible).toBe(eligible);
  });

  it('names the left-behind status as a reason when it is known', () => {
    const facts: ChildFacts = { ...pupil, father: 'workingAway', mother: 'workingAway' };
    const reasons = specialHardshipGrant.eligibility(facts, '2026-11-23', village, testParameterSet()).reasons;
    expect(reasons.map((reason) => reason.text)).toContain('父亲外出务工，母亲外出务工：孩子留守在家');
  });

  it('with nothing known asks only whether the family is rural, on 低保, and the schooling', () => {
    expect(specialHardshipGrant.eligibility({}, '2026-11-23', village, testParameterSet()).missingFacts).toEqual([
      'household',
      'familyAssistance',
      'schooling',
    ]);
  });

  it('a rural 低保 standard of 650 gives 195 a month', () => {
    const amount = specialHardshipGrant.amount(pupil, '2026-11-23', village, testParameterSet());
    expect(amount).toMatchObject({ monthly: 195, text: '当地农村低保标准 650 元 × 30% = 每月 195 元' });
    expect(amount.notes).toBeUndefined();
  });

  it('with the placeholder 低保 standard the amount carries a caution, until the county enters its own', () => {
    const shipped = loadParameterFiles();
    expect(specialHardshipGrant.amount(pupil, '2026-11-23', village, shipped).notes).toEqual(['本地标准尚待录入，金额仅供参考']);
    const rural = shipped['benefits.minimum_living_standard.rural'];
    const entered = { ...rural, values: { ...rural.values, '520123': { '2026-10-01': 700 } }, confirmed: { '520123': ['2026-10-01'] } };
    const own = specialHardshipGrant.amount(pupil, '2026-11-23', village, { ...shipped, [rural.name]: entered });
    expect(own).toMatchObject({ monthly: 210 });
    expect(own.notes).toBeUndefined();
    // Before the county's own date the Guiyang placeholder still applies, and says so.
    expect(specialHardshipGrant.amount(pupil, '2026-09-30', village, { ...shipped, [rural.name]: entered }).notes).toHaveLength(1);
  });

  it('before the grant existed (May 2024) there is no rate and the lookup fails', () => {
    expect(() => specialHardshipGrant.amount(pupil, '2024-05-01', village, testParameterSet())).toThrow(/special_hardship_grant/);
  });
});
