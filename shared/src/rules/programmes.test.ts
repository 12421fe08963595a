import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { childFactsSchema } from './child-facts-schema';
import { lotteryStudyGrant } from './lottery-study-grant';
import { loadParameterFiles } from './parameter-file-schema';
import { programmes } from './programmes';
import { temporaryAssistance } from './temporary-assistance';

const params = loadParameterFiles();
const village = '520123100001';
const today = '2026-11-23';

describe('what each programme asks when nothing is known yet', () => {
  it.each([
    { id: 'orphanAllowance', missing: ['birthDate', 'father', 'mother'] },
    { id: 'deFactoUnsupportedAllowance', missing: ['birthDate', 'father', 'mother'] },
    { id: 'hivChildAllowance', missing: ['birthDate', 'hivInfected', 'father', 'mother'] },
    { id: 'specialHardshipGrant', missing: ['household', 'familyAssistance', 'schooling'] },
    { id: 'lotteryStudyGrant', missing: ['birthDate', 'father', 'mother', 'orphanedAsChild', 'schooling'] },
    { id: 'childRehabilitation', missing: ['birthDate', 'disability'] },
    { id: 'severeDisabilityCareSubsidy', missing: ['disability'] },
    { id: 'hardshipDisabilityLivingSubsidy', missing: ['disability', 'familyAssistance'] },
    { id: 'temporaryAssistance', missing: ['suddenHardship'] },
  ])('$id asks for $missing', ({ id, missing }) => {
    const programme = programmes.find((p) => p.id === id)!;
    expect(programme.eligibility({}, today, village, params)).toMatchObject({ eligible: 'unknown', missingFacts: missing });
  });
});

describe('福彩圆梦孤儿助学 (000 第一章第一节)', () => {
  const student: ChildFacts = {
    birthDate: '2007-09-01',
    father: 'deceased',
    mother: 'deceased',
    orphanedAsChild: true,
    schooling: 'higherOrVocational',
    enrolled: true,
  };

  it.each([
    { name: 'a 19-year-old orphan at university is eligible', facts: student, eligible: true },
    { name: 'on the 18th birthday the orphan becomes eligible', facts: { ...student, birthDate: '2008-11-23' }, eligible: true },
    { name: 'the day before the 18th birthday not yet', facts: { ...student, birthDate: '2008-11-24' }, eligible: false },
    { name: 'parents lost only after the 18th birthday', facts: { ...student, orphanedAsChild: false }, eligible: false },
    { name: 'at a general high school', facts: { ...student, schooling: 'highSchool' }, eligible: false },
  ] as const)('$name', ({ facts, eligible }) => {
    expect(lotteryStudyGrant.eligibility(facts, today, village, params).eligible).toBe(eligible);
  });

  it('pays 10000 yuan a school year', () => {
    expect(lotteryStudyGrant.amount(student, today, village, params)).toMatchObject({ perSchoolYear: 10000, text: '每学年 10000 元' });
  });
});

describe('临时救助 (000 第四章第四节): eligibility only', () => {
  it('a family hit by sudden hardship may apply, and staff set the amount', () => {
    expect(temporaryAssistance.eligibility({ suddenHardship: true }, today, village, params).eligible).toBe(true);
    expect(temporaryAssistance.amount({}, today, village, params)).toEqual({
      breakdown: [],
      text: '临时救助的金额由工作人员根据家庭的困难情况核定',
    });
  });
});

describe('the facts schema', () => {
  it('accepts a birth date that matches the resident ID', () => {
    expect(childFactsSchema.safeParse({ residentId: '520123201003151238', birthDate: '2010-03-15' }).success).toBe(true);
  });

  it('says in Chinese when the birth date and the ID disagree', () => {
    const result = childFactsSchema.safeParse({ residentId: '520123201003151238', birthDate: '2010-03-16' });
    expect(result.error?.issues[0]?.message).toBe('出生日期与身份证号码中的出生日期不一致，请核对');
  });

  it('rejects an unknown parent situation', () => {
    expect(childFactsSchema.safeParse({ father: 'onHoliday' }).success).toBe(false);
  });
});
