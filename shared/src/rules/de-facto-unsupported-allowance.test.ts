import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { deFactoUnsupportedAllowance } from './de-facto-unsupported-allowance';
import { loadParameterFiles } from './parameter-file-schema';
import { testParameterSet } from './test-parameter-set';

const guiyang = loadParameterFiles();
const village = '520123100001';
const base: ChildFacts = { birthDate: '2015-06-01', father: 'imprisoned', mother: 'deceased', disability: null };

describe('事实无人抚养儿童基本生活补贴: 补差 against the scattered-orphan standard (000 第四章第五节)', () => {
  it.each([
    { name: 'no other support: paid in full', facts: { familyAssistance: 'none' }, monthly: 1200, text: '按标准全额发放：每月 1200 元' },
    { name: '500 yuan 低保: paid the difference of 700', facts: { familyAssistance: 'minimumLiving', assistanceMonthly: 500 }, monthly: 700, text: '标准 1200 元 − 现领低保 500 元 = 每月 700 元' },
    { name: '1300 yuan 低保, above the standard: nothing more', facts: { familyAssistance: 'minimumLiving', assistanceMonthly: 1300 }, monthly: 0, text: '现领低保 1300 元，已达到标准 1200 元，不再补差：每月 0 元' },
    { name: '低保 exactly at the standard: nothing more', facts: { familyAssistance: 'minimumLiving', assistanceMonthly: 1200 }, monthly: 0, text: '现领低保 1200 元，已达到标准 1200 元，不再补差：每月 0 元' },
    { name: '900 yuan 特困供养: paid 300', facts: { familyAssistance: 'destituteSupport', assistanceMonthly: 900 }, monthly: 300, text: '标准 1200 元 − 现领特困供养 900 元 = 每月 300 元' },
    { name: '500 低保 and 100 困难残疾人生活补贴 are added up: paid 600', facts: { familyAssistance: 'minimumLiving', assistanceMonthly: 500, disability: { kind: 'physical', grade: 2 }, disabilityLivingSubsidyMonthly: 100 }, monthly: 600, text: '标准 1200 元 − 现领低保 500 元 − 现领困难残疾人生活补贴 100 元 = 每月 600 元' },
    { name: 'no 低保 and disability not asked: the disability subsidy goes only to 低保 families, so paid in full', facts: { familyAssistance: 'none', disability: undefined }, monthly: 1200, text: '按标准全额发放：每月 1200 元' },
    { name: '900 yuan 特困供养 and disability not asked: no disability subsidy under 特困供养, paid 300', facts: { familyAssistance: 'destituteSupport', assistanceMonthly: 900, disability: undefined }, monthly: 300, text: '标准 1200 元 − 现领特困供养 900 元 = 每月 300 元' },
    { name: 'only 200 困难残疾人生活补贴: paid 1000', facts: { familyAssistance: 'none', disability: { kind: 'hearing', grade: 3 }, disabilityLivingSubsidyMonthly: 200 }, monthly: 1000, text: '标准 1200 元 − 现领困难残疾人生活补贴 200 元 = 每月 1000 元' },
  ] as const)('$name', ({ facts, monthly, text }) => {
    const amount = deFactoUnsupportedAllowance.amount({ ...base, ...facts }, '2026-11-23', village, guiyang);
    expect(amount.monthly).toBe(monthly);
    expect(amount.text).toBe(text);
  });

  it('the breakdown shows the standard and what is deducted', () => {
    const facts: ChildFacts = { ...base, familyAssistance: 'minimumLiving', assistanceMonthly: 500 };
    expect(deFactoUnsupportedAllowance.amount(facts, '2026-11-23', village, guiyang).breakdown).toEqual([
      { label: '事实无人抚养儿童基本生活补贴标准', amount: 1200 },
      { label: '现领低保', amount: -500 },
    ]);
  });

  it.each([
    { name: 'in June 2026, before the raise, 1200 − 500 = 700', date: '2026-06-30', monthly: 700 },
    { name: 'from 1 July 2026, after the raise to 1300, 1300 − 500 = 800', date: '2026-07-01', monthly: 800 },
  ])('a mid-year raise of the standard: $name', ({ date, monthly }) => {
    const facts: ChildFacts = { ...base, familyAssistance: 'minimumLiving', assistanceMonthly: 500 };
    expect(deFactoUnsupportedAllowance.amount(facts, date, village, testParameterSet()).monthly).toBe(monthly);
  });

  it.each([
    { name: 'nothing known about support: ask about 低保 and the disability subsidy', facts: { disability: undefined }, missing: ['familyAssistance', 'disabilityLivingSubsidyMonthly'] },
    { name: 'a child known to have no disability is not asked about the disability subsidy', facts: {}, missing: ['familyAssistance'] },
    { name: 'on 低保 but the amount not given: ask for the amount', facts: { familyAssistance: 'minimumLiving' }, missing: ['assistanceMonthly'] },
  ] as const)('$name', ({ facts, missing }) => {
    const amount = deFactoUnsupportedAllowance.amount({ ...base, ...facts }, '2026-11-23', village, guiyang);
    expect(amount.monthly).toBeUndefined();
    expect(amount.missingFacts).toEqual(missing);
  });
});
