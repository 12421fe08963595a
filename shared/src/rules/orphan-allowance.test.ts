import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { hivChildAllowance } from './hiv-child-allowance';
import { orphanAllowance } from './orphan-allowance';
import { loadParameterFiles } from './parameter-file-schema';
import { testParameterSet } from './test-parameter-set';

const guiyang = loadParameterFiles();
const village = '520123100001';
const orphan: ChildFacts = { birthDate: '2014-09-01', father: 'deceased', mother: 'deceased' };

describe('孤儿基本生活费 (000 第一章第一节)', () => {
  it.each([
    { name: 'raised in a welfare institution: 1700 a month', arrangement: 'institution', monthly: 1700, text: '集中养育孤儿基本生活费标准：每月 1700 元' },
    { name: 'living with relatives: 1200 a month', arrangement: 'family', monthly: 1200, text: '社会散居孤儿基本生活费标准：每月 1200 元' },
  ] as const)('$name', ({ arrangement, monthly, text }) => {
    const amount = orphanAllowance.amount({ ...orphan, livingArrangement: arrangement }, '2026-11-23', village, guiyang);
    expect(amount).toMatchObject({ monthly, text });
  });

  it('asks how the child is raised before giving an amount', () => {
    expect(orphanAllowance.amount(orphan, '2026-11-23', village, guiyang).missingFacts).toEqual(['livingArrangement']);
  });

  it.each([
    { name: 'June 2026 at the old scattered standard', date: '2026-06-30', arrangement: 'family', monthly: 1200 },
    { name: 'July 2026 at the raised scattered standard', date: '2026-07-01', arrangement: 'family', monthly: 1300 },
    { name: 'July 2026, the institutional standard unchanged', date: '2026-07-01', arrangement: 'institution', monthly: 1700 },
  ] as const)('a mid-year raise: $name', ({ date, arrangement, monthly }) => {
    const amount = orphanAllowance.amount({ ...orphan, livingArrangement: arrangement }, date, village, testParameterSet());
    expect(amount.monthly).toBe(monthly);
  });

  it('an orphan is eligible, with the reason and its seed', () => {
    const eligibility = orphanAllowance.eligibility(orphan, '2026-11-23', village, guiyang);
    expect(eligibility.eligible).toBe(true);
    expect(eligibility.reasons.every((reason) => reason.source.startsWith('000_bf3765dc3c2ed23d.txt'))).toBe(true);
  });
});

describe('艾滋病病毒感染儿童: the scattered-orphan standard (000 第四章第六节)', () => {
  const infected: ChildFacts = { birthDate: '2016-04-01', hivInfected: true, father: 'atHome', mother: 'workingAway' };

  it.each([
    { name: 'an infected child with a parent at home is eligible', facts: infected, eligible: true },
    { name: 'a child not infected is not eligible', facts: { ...infected, hivInfected: false }, eligible: false },
    { name: 'an infected orphan is paid the orphan allowance instead, not twice', facts: { ...infected, father: 'deceased', mother: 'deceased' }, eligible: false },
    { name: 'an infected de-facto unsupported child is paid that allowance instead', facts: { ...infected, father: 'imprisoned', mother: 'deceased' }, eligible: false },
  ] as const)('$name', ({ facts, eligible }) => {
    expect(hivChildAllowance.eligibility(facts, '2026-11-23', village, guiyang).eligible).toBe(eligible);
  });

  it('is paid at the scattered-orphan standard, 1200', () => {
    expect(hivChildAllowance.amount(infected, '2026-11-23', village, guiyang).monthly).toBe(1200);
  });
});
