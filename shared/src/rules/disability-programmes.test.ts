import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { childRehabilitation } from './child-rehabilitation';
import { hardshipDisabilityLivingSubsidy } from './hardship-disability-living-subsidy';
import { severeDisabilityCareSubsidy } from './severe-disability-care-subsidy';
import { testParameterSet } from './test-parameter-set';

const params = testParameterSet();
const village = '520123100001';
const today = '2026-11-23';

describe('残疾儿童康复救助: disabled children 0–6 (000 第四章第六节)', () => {
  it.each([
    { name: 'a 6-year-old with autism, the day before the 7th birthday', facts: { birthDate: '2019-11-24', disability: { kind: 'autism', grade: null } }, eligible: true },
    { name: 'on the 7th birthday the child is too old', facts: { birthDate: '2019-11-23', disability: { kind: 'autism', grade: null } }, eligible: false },
    { name: 'a 3-year-old with hearing disability', facts: { birthDate: '2023-05-01', disability: { kind: 'hearing', grade: 2 } }, eligible: true },
    { name: 'mental disability other than autism is not listed', facts: { birthDate: '2023-05-01', disability: { kind: 'mental', grade: 2 } }, eligible: false },
    { name: 'a child without disability', facts: { birthDate: '2023-05-01', disability: null }, eligible: false },
  ] as const)('$name', ({ facts, eligible }) => {
    expect(childRehabilitation.eligibility(facts, today, village, params).eligible).toBe(eligible);
  });

  it('a province that extends rehabilitation to children under 14 covers a 10-year-old there, and not elsewhere', () => {
    const extended = {
      ...params,
      'benefits.child_rehabilitation.age_limit': {
        ...params['benefits.child_rehabilitation.age_limit']!,
        values: { '00': { '2018-10-01': 7 }, '52': { '2025-01-01': 14 } },
      },
    };
    const tenYearOld: ChildFacts = { birthDate: '2016-05-01', disability: { kind: 'hearing', grade: 2 } };
    expect(childRehabilitation.eligibility(tenYearOld, today, village, extended).eligible).toBe(true);
    expect(childRehabilitation.eligibility(tenYearOld, today, '130102001001', extended).eligible).toBe(false);
    expect(childRehabilitation.eligibility(tenYearOld, '2024-12-31', village, extended).eligible).toBe(false);
  });

  it('a village in 修文县 finds the county training subsidy', () => {
    expect(childRehabilitation.amount({}, today, village, params).perYear).toBe(24000);
  });

  it('a county without an entered standard is told so rather than given a figure: the family in its words, staff plainly', () => {
    const amount = childRehabilitation.amount({}, today, '520102001001', params);
    expect(amount.perYear).toBeUndefined();
    expect(amount.text).toContain('按县里定的标准；县民政局审批后会告诉您具体金额');
    expect(amount.text).not.toContain('录入');
    expect(amount.staffNote).toContain('本县标准尚未录入系统');
  });
});

describe('残疾人两项补贴 (000 第四章第六节)', () => {
  it.each([
    { name: 'grade 2 physical disability gets the care subsidy', disability: { kind: 'physical', grade: 2 }, eligible: true },
    { name: 'grade 3 intellectual disability gets the care subsidy', disability: { kind: 'intellectual', grade: 3 }, eligible: true },
    { name: 'grade 4 mental disability gets the care subsidy', disability: { kind: 'mental', grade: 4 }, eligible: true },
    { name: 'grade 3 physical disability does not', disability: { kind: 'physical', grade: 3 }, eligible: false },
    { name: 'no certificate yet: assess first', disability: { kind: 'physical', grade: null }, eligible: false },
  ] as const)('$name', ({ disability, eligible }) => {
    expect(severeDisabilityCareSubsidy.eligibility({ disability }, today, village, params).eligible).toBe(eligible);
  });

  it.each([
    { name: 'a disabled child of a 低保 family gets the living subsidy', facts: { disability: { kind: 'hearing', grade: 4 }, familyAssistance: 'minimumLiving' }, eligible: true },
    { name: 'a disabled child of a family without 低保 does not', facts: { disability: { kind: 'hearing', grade: 4 }, familyAssistance: 'none' }, eligible: false },
    { name: 'family status unknown: ask it', facts: { disability: { kind: 'hearing', grade: 4 } }, eligible: 'unknown' },
  ] as const)('$name', ({ facts, eligible }) => {
    expect(hardshipDisabilityLivingSubsidy.eligibility(facts, today, village, params).eligible).toBe(eligible);
  });

  it('a grade 1 disabled child of a 低保 family may receive both subsidies together', () => {
    const facts: ChildFacts = { disability: { kind: 'vision', grade: 1 }, familyAssistance: 'minimumLiving' };
    for (const programme of [severeDisabilityCareSubsidy, hardshipDisabilityLivingSubsidy]) {
      expect(programme.eligibility(facts, today, village, params).eligible).toBe(true);
    }
    expect(severeDisabilityCareSubsidy.amount(facts, today, village, params).monthly).toBe(100);
    expect(hardshipDisabilityLivingSubsidy.amount(facts, today, village, params).text).toContain('县民政局审批后会告诉您具体金额');
  });
});
