import { describe, expect, it } from 'vitest';
import { loadParameterFiles } from '../rules/parameter-file-schema';
import { birthDateRange } from './birth-date-range';
import { checkQuestionFacts, checkQuestionPages, checkQuestionsOnPage } from './check-questions';
import { checkAnswersSchema, checkEntitlements, type CheckAnswers, type Entitlement } from './entitlement-check';
import { centralUrbanDistricts, seedItemsFor } from './load-service-lists';

/**
 * 权益自测 on the real seed lists of a 修文县 village (Guizhou 52 + Guiyang 5201 + 修文县 520123) and the real
 * parameter files. Each case says what the family would see and cites the seed definition it rests on.
 */

const today = '2026-11-23';
const items = seedItemsFor('520123103201');
const params = loadParameterFiles();

/** 栖凤社区, 龙场街道, 修文县 (Guiyang, not a central district). */
const xiuwenTown = '520123001001';
/** 六广村, 六广镇, 修文县. */
const liuguangVillage = '520123103201';
/** A village of 七星关区, 毕节 (another city; no figures entered for it). */
const bijieVillage = '520502001001';

function check(answers: CheckAnswers, residence = answers.residenceRegion ?? xiuwenTown): Entitlement[] {
  return checkEntitlements(items, answers, { date: today, params, centralUrbanDistricts: centralUrbanDistricts(residence) });
}

function entitlement(entitlements: Entitlement[], id: string): Entitlement {
  const found = entitlements.find((candidate) => candidate.item.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

const texts = (found: Entitlement) => found.reasons.map((reason) => reason.text).join(' / ');

/** A family from 毕节 living in 修文县 town with its 8-year-old, parents at home with the child. */
const migrantFamily: CheckAnswers = {
  birthDate: '2018-03-10',
  hukouRegion: bijieVillage,
  residenceRegion: xiuwenTown,
  monthsAtResidence: 8,
  livesWithGuardian: true,
  residencePermit: true,
  father: 'atHome',
  mother: 'atHome',
  disability: null,
  familyAssistance: 'none',
  household: 'rural',
  schooling: 'compulsory',
  enrolled: true,
};

/** A child living in its own hukou village in 修文县. */
const localChild: CheckAnswers = {
  ...migrantFamily,
  hukouRegion: liuguangVillage,
  residenceRegion: liuguangVillage,
  monthsAtResidence: undefined,
  livesWithGuardian: undefined,
  residencePermit: undefined,
};

describe('who is a migrant child (002 （四）: under 16, outside the hukou county with a guardian, 6 months or more)', () => {
  it('a child from 毕节 living 8 months in 修文县 with its parents is one: city-integration activities apply', () => {
    const found = entitlement(check(migrantFamily), 'national.city-integration');
    expect(found.applies).toBe(true);
    expect(texts(found)).toContain('在现居住地已住8个月');
    expect(found.canApply).toBe(false);
  });

  it('moving between two central districts of Guiyang (南明 → 云岩) does not count', () => {
    const found = entitlement(check({ ...migrantFamily, hukouRegion: '520102', residenceRegion: '520103' }), 'national.city-integration');
    expect(found.applies).toBe(false);
    expect(texts(found)).toBe('在同一城市中心城区的市辖区之间居住，不算流动儿童');
  });

  it('moving from a central district (南明) out to 修文县 does count', () => {
    const found = entitlement(check({ ...migrantFamily, hukouRegion: '520102' }), 'national.city-integration');
    expect(found.applies).toBe(true);
  });

  it('exactly 6 months at the residence is enough', () => {
    expect(entitlement(check({ ...migrantFamily, monthsAtResidence: 6 }), 'national.city-integration').applies).toBe(true);
  });

  it('5 months is not yet', () => {
    const found = entitlement(check({ ...migrantFamily, monthsAtResidence: 5 }), 'national.city-integration');
    expect(found.applies).toBe(false);
    expect(texts(found)).toBe('在现居住地只住了5个月，不满6个月');
  });

  it('on the 16th birthday the child is no longer a migrant child; the day before it still is', () => {
    const sixteenToday = check({ ...migrantFamily, birthDate: '2010-11-23' });
    expect(entitlement(sixteenToday, 'national.cross-region-medical-settlement').applies).toBe(false);
    expect(texts(entitlement(sixteenToday, 'national.cross-region-medical-settlement'))).toContain('已满16周岁');
    const sixteenTomorrow = check({ ...migrantFamily, birthDate: '2010-11-24' });
    expect(entitlement(sixteenTomorrow, 'national.cross-region-medical-settlement').applies).toBe(true);
  });

  it('a child living away without a parent or guardian is not a migrant child', () => {
    const found = entitlement(check({ ...migrantFamily, livesWithGuardian: false }), 'national.public-rental-housing');
    expect(found.applies).toBe(false);
    expect(texts(found)).toBe('没有随父母或其他监护人居住');
  });

  it('when the months are not given, the item asks for them', () => {
    const found = entitlement(check({ ...migrantFamily, monthsAtResidence: undefined }), 'national.city-integration');
    expect(found.applies).toBe('unknown');
    expect(found.missingFacts).toEqual(['monthsAtResidence']);
  });
});

describe('school enrolment and medical insurance with a residence permit (002 （七）（八）)', () => {
  it('a migrant 8-year-old whose parents hold a residence permit may enrol and join the residents’ insurance here', () => {
    const result = check(migrantFamily);
    expect(entitlement(result, 'national.compulsory-education').applies).toBe(true);
    expect(entitlement(result, 'national.medical-insurance').applies).toBe(true);
    expect(entitlement(result, 'national.compulsory-education').handledAt).toBe('residence');
  });

  it('without a residence permit the family is told to get one first', () => {
    const result = check({ ...migrantFamily, residencePermit: false });
    const school = entitlement(result, 'national.compulsory-education');
    expect(school.applies).toBe(false);
    expect(texts(school)).toContain('先到住处的派出所申请');
    expect(entitlement(result, 'national.medical-insurance').applies).toBe(false);
  });

  it('when the family has not said, enrolment asks about the residence permit', () => {
    const school = entitlement(check({ ...migrantFamily, residencePermit: undefined }), 'national.compulsory-education');
    expect(school.applies).toBe('unknown');
    expect(school.missingFacts).toEqual(['residencePermit']);
  });

  it('a child living in its hukou county enrols on its hukou: the residence-permit items do not apply, vaccination does', () => {
    const result = check(localChild);
    const school = entitlement(result, 'national.compulsory-education');
    expect(school.applies).toBe(false);
    expect(texts(school)).toContain('按户籍办理');
    expect(school.missingFacts).toEqual([]);
    expect(entitlement(result, 'national.immunisation').applies).toBe(true);
  });

  it('compulsory-education ages: 5 years old is kindergarten (普惠性学前教育), the 6th birthday is school', () => {
    const five = check({ ...migrantFamily, birthDate: '2020-11-24', schooling: 'preschool' });
    expect(entitlement(five, 'national.compulsory-education').applies).toBe(false);
    expect(texts(entitlement(five, 'national.compulsory-education'))).toContain('未满6周岁');
    expect(entitlement(five, 'national.preschool').applies).toBe(true);
    const six = check({ ...migrantFamily, birthDate: '2020-11-23' });
    expect(entitlement(six, 'national.compulsory-education').applies).toBe(true);
  });

  it('a 2-year-old can use 普惠托育 (002 （八）) but not kindergarten yet', () => {
    const toddler = check({ ...migrantFamily, birthDate: '2024-05-01', schooling: 'none' });
    expect(entitlement(toddler, 'national.childcare').applies).toBe(true);
    expect(entitlement(toddler, 'national.preschool').applies).toBe(false);
  });
});

describe('basic living through the hukou place (002 （九）; 000 第四章第一节, 第五章第一节)', () => {
  const orphan: CheckAnswers = {
    ...localChild,
    father: 'deceased',
    mother: 'deceased',
    livingArrangement: 'family',
  };

  it('both parents dead: the orphan allowance applies, at the hukou county’s scattered-orphan standard, with how to ask from here', () => {
    const result = check(orphan);
    const found = entitlement(result, 'national.orphan-allowance');
    expect(found.applies).toBe(true);
    expect(found.handledAt).toBe('hukou');
    expect(found.crossRegion).toContain('户口所在地');
    expect(found.amount?.text).toBe('社会散居孤儿基本生活费标准：每月 1200 元');
    expect(found.canApply).toBe(true);
    expect(result[0]!.item.id).toBe('national.orphan-allowance');
  });

  it('an orphan is not counted again as de-facto unsupported, nor for the HIV allowance', () => {
    const result = check({ ...orphan, hivInfected: true });
    expect(entitlement(result, 'national.de-facto-unsupported-allowance').applies).toBe(false);
    expect(entitlement(result, 'gz.hiv-child-allowance').applies).toBe(false);
  });

  it('an orphan from 毕节 living in 修文县: handled through 毕节, whose standard is not entered here', () => {
    const found = entitlement(check({ ...orphan, hukouRegion: bijieVillage, residenceRegion: xiuwenTown }), 'national.orphan-allowance');
    expect(found.applies).toBe(true);
    expect(found.crossRegion).toContain('现在住处');
    // The family is told who sets the sum and when it hears it, not that a figure is missing from a system.
    expect(found.amount?.text).toBe('孤儿基本生活费发多少钱，按县里定的标准；县民政局审批后会告诉您具体金额');
    expect(found.amount?.staffNote).toContain('本县标准尚未录入系统');
  });

  it('when it is not said who raises the orphan, the amount asks for it', () => {
    const found = entitlement(check({ ...orphan, livingArrangement: undefined }), 'national.orphan-allowance');
    expect(found.applies).toBe(true);
    expect(found.missingFacts).toEqual(['livingArrangement']);
    expect(found.amount?.text).toContain('还需要');
  });

  it('father in prison and mother lost contact, on 低保 of 500 a month: de-facto allowance of 1200 − 500 = 700', () => {
    const found = entitlement(
      check({ ...localChild, father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03', familyAssistance: 'minimumLiving', assistanceMonthly: 500 }),
      'national.de-facto-unsupported-allowance',
    );
    expect(found.applies).toBe(true);
    expect(found.amount?.text).toBe('标准 1200 元 − 现领低保 500 元 = 每月 700 元');
    expect(found.amount?.monthly).toBe(700);
    expect(found.handledAt).toBe('hukou');
    expect(found.crossRegion).toBeDefined();
  });

  it('de-facto unsupported on 低保 without the amount: applies, and asks the 低保 amount', () => {
    const found = entitlement(
      check({ ...localChild, father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03', familyAssistance: 'minimumLiving' }),
      'national.de-facto-unsupported-allowance',
    );
    expect(found.applies).toBe(true);
    expect(found.missingFacts).toEqual(['assistanceMonthly']);
  });

  it('one parent dead and the other at home: neither orphan nor de-facto unsupported', () => {
    const result = check({ ...localChild, father: 'deceased', mother: 'atHome' });
    expect(entitlement(result, 'national.orphan-allowance').applies).toBe(false);
    expect(texts(entitlement(result, 'national.de-facto-unsupported-allowance'))).toContain('母亲在家');
  });

  it('the father’s situation not given: both allowances ask for it (and the orphan amount for who raises the child)', () => {
    const result = check({ ...localChild, father: undefined, mother: 'deceased' });
    expect(entitlement(result, 'national.orphan-allowance').applies).toBe('unknown');
    expect(entitlement(result, 'national.orphan-allowance').missingFacts).toEqual(['father', 'livingArrangement']);
    expect(entitlement(result, 'national.de-facto-unsupported-allowance').missingFacts).toContain('father');
  });
});

describe('disabled children (002 （八）（九）; 000 第四章第六节)', () => {
  it('an autistic child before the 7th birthday gets rehabilitation where it lives; on the 7th birthday no longer', () => {
    const six = entitlement(check({ ...migrantFamily, birthDate: '2019-11-24', disability: { kind: 'autism', grade: null } }), 'national.child-rehabilitation');
    expect(six.applies).toBe(true);
    expect(six.handledAt).toBe('residence');
    expect(six.amount?.text).toContain('县民政局审批后会告诉您具体金额');
    const seven = entitlement(check({ ...migrantFamily, birthDate: '2019-11-23', disability: { kind: 'autism', grade: null } }), 'national.child-rehabilitation');
    expect(seven.applies).toBe(false);
    expect(texts(seven)).toContain('已满7周岁');
  });

  it('grade 2 physical disability in a 低保 family: both disability subsidies, through the hukou place', () => {
    const result = check({ ...migrantFamily, disability: { kind: 'physical', grade: 2 }, familyAssistance: 'minimumLiving', assistanceMonthly: 300 });
    for (const id of ['national.disability-care-subsidy', 'national.disability-living-subsidy']) {
      const found = entitlement(result, id);
      expect(found.applies, id).toBe(true);
      expect(found.handledAt, id).toBe('hukou');
      expect(found.crossRegion, id).toContain('户口所在地');
      expect(found.amount?.text, id).toContain('县民政局审批后会告诉您具体金额');
    }
  });

  it('grade 4 intellectual disability, no 低保: the care subsidy only', () => {
    const result = check({ ...migrantFamily, disability: { kind: 'intellectual', grade: 4 } });
    expect(entitlement(result, 'national.disability-care-subsidy').applies).toBe(true);
    expect(entitlement(result, 'national.disability-living-subsidy').applies).toBe(false);
    expect(entitlement(result, 'gy.welfare-home-services').applies).toBe(true);
  });

  it('a diagnosis without a disability certificate: the subsidies wait for the certificate', () => {
    const found = entitlement(check({ ...migrantFamily, disability: { kind: 'physical', grade: null } }), 'national.disability-care-subsidy');
    expect(found.applies).toBe(false);
    expect(texts(found)).toContain('还没有残疾证');
  });
});

describe('低保 families: special hardship grant (001 二（三）9)', () => {
  it('a pupil of a rural 低保 family in 修文县 gets 30% of the rural 低保 standard', () => {
    const found = entitlement(check({ ...localChild, familyAssistance: 'minimumLiving', assistanceMonthly: 300 }), 'gz.special-hardship-grant');
    expect(found.applies).toBe(true);
    expect(found.amount?.text).toBe('当地农村低保标准 600 元 × 30% = 每月 180 元');
    expect(found.amount?.notes).toEqual(['本地标准尚待录入，金额仅供参考']);
    expect(found.crossRegion).toBeDefined();
  });

  it('an urban 低保 family does not get it', () => {
    const found = entitlement(check({ ...localChild, household: 'urban', familyAssistance: 'minimumLiving', assistanceMonthly: 300 }), 'gz.special-hardship-grant');
    expect(found.applies).toBe(false);
  });
});

describe('an age instead of a birth date', () => {
  it('an autistic child said to be 6 gets rehabilitation, and the family is told it rests on the age given', () => {
    const { birthDate: _birthDate, ...rest } = migrantFamily;
    const found = entitlement(check({ ...rest, ageYears: 6, disability: { kind: 'autism', grade: null } }), 'national.child-rehabilitation');
    expect(found.applies).toBe(true);
    expect(found.fromAgeGiven).toBe(6);
    expect(texts(found)).toContain('按您填写的年龄（6周岁）判断');
    expect(found.missingFacts).toEqual([]);
  });

  it('a child said to be 7 does not, whatever its birthday', () => {
    const { birthDate: _birthDate, ...rest } = migrantFamily;
    const found = entitlement(check({ ...rest, ageYears: 7, disability: { kind: 'autism', grade: null } }), 'national.child-rehabilitation');
    expect(found.applies).toBe(false);
  });

  it('a child said to be 15 is a migrant child; one said to be 16 is not', () => {
    const { birthDate: _birthDate, ...rest } = migrantFamily;
    expect(entitlement(check({ ...rest, ageYears: 15 }), 'national.city-integration').applies).toBe(true);
    expect(entitlement(check({ ...rest, ageYears: 16 }), 'national.city-integration').applies).toBe(false);
  });

  it('items that do not depend on age are not said to rest on it', () => {
    const { birthDate: _birthDate, ...rest } = migrantFamily;
    const found = entitlement(check({ ...rest, ageYears: 8 }), 'national.medical-insurance');
    expect(found.fromAgeGiven).toBeUndefined();
  });

  it('a birth date wins over an age', () => {
    const found = entitlement(check({ ...migrantFamily, ageYears: 3 }), 'national.preschool');
    expect(found.applies).toBe(false);
    expect(found.fromAgeGiven).toBeUndefined();
  });

  it('with neither, items with an age line ask for the birth date', () => {
    const { birthDate: _birthDate, ...rest } = migrantFamily;
    expect(entitlement(check(rest), 'national.compulsory-education').missingFacts).toEqual(['birthDate']);
  });

  it('the birth dates an age allows run from the day after the next birthday a year back to today', () => {
    expect(birthDateRange(6, '2026-11-23')).toEqual({ earliest: '2019-11-24', latest: '2020-11-23' });
    // Born 29 February: 6 on 28 February 2026 (civil code art. 201, as ageOn counts it).
    expect(birthDateRange(6, '2026-02-28')).toEqual({ earliest: '2019-03-01', latest: '2020-02-29' });
  });
});

describe('what the family sees first', () => {
  it('allowances that apply, then other services that apply, then what may apply, then what does not', () => {
    const result = check({ ...localChild, father: 'imprisoned', mother: 'lostContact', motherLostContactSince: '2025-03', familyAssistance: 'minimumLiving', assistanceMonthly: 500 });
    const order = result.map((found) => found.applies);
    const firstUnknown = order.indexOf('unknown');
    const firstFalse = order.indexOf(false);
    expect(order.slice(0, firstUnknown).every((applies) => applies === true)).toBe(true);
    expect(order.slice(firstFalse).every((applies) => applies === false)).toBe(true);
    expect(result.slice(0, 2).map((found) => found.item.id)).toEqual(['national.de-facto-unsupported-allowance', 'gz.special-hardship-grant']);
    expect(result.filter((found) => found.applies === true && found.item.programme).length).toBe(2);
  });

  it('temporary assistance is decided where the family lives and asks whether hardship struck', () => {
    const found = entitlement(check(migrantFamily), 'national.temporary-assistance');
    expect(found.applies).toBe('unknown');
    expect(found.missingFacts).toEqual(['suddenHardship']);
    expect(found.handledAt).toBe('residence');
    expect(found.canApply).toBe(true);
    expect(found.amount?.text).toContain('由工作人员');
  });

  it('every hukou item says how to ask from where the family lives; services open to all apply to everyone', () => {
    const result = check(migrantFamily);
    const atHukou = result.filter((candidate) => candidate.handledAt === 'hukou');
    expect(atHukou.length).toBeGreaterThan(0);
    for (const found of atHukou) expect(found.crossRegion, found.item.id).toBeDefined();
    expect(entitlement(result, 'national.psychological-support').applies).toBe(true);
    expect(entitlement(result, 'national.psychological-support').item.hotline).toBe('12355');
  });

  it('a service without conditions says whom it is for in the list’s words: 低保 is for families living on little, not for everyone', () => {
    const minimumLiving = entitlement(check(migrantFamily), 'gz.minimum-living');
    expect(texts(minimumLiving)).toBe(`服务对象：${minimumLiving.item.forWhom}`);
    expect(texts(minimumLiving)).toContain('家里收入低、生活困难');
    for (const found of check(migrantFamily)) expect(texts(found)).not.toContain('所有有需要');
  });
});

describe('the questions of the check', () => {
  it('asks in four short screens, the birth date first', () => {
    expect(checkQuestionPages).toHaveLength(4);
    expect(checkQuestionFacts[0]).toBe('birthDate');
    expect(checkQuestionFacts).toEqual(expect.arrayContaining(['hukouRegion', 'residenceRegion', 'father', 'mother', 'disability', 'familyAssistance', 'schooling']));
  });

  it('asks the residence questions only when the child lives outside its hukou county', () => {
    expect(checkQuestionsOnPage('places', localChild)).toEqual(['hukouRegion', 'residenceRegion']);
    expect(checkQuestionsOnPage('places', migrantFamily)).toEqual([
      'hukouRegion',
      'residenceRegion',
      'monthsAtResidence',
      'livesWithGuardian',
      'residencePermit',
    ]);
  });

  it('asks the 低保 amount only of families on 低保 or 特困供养', () => {
    expect(checkQuestionsOnPage('family', { familyAssistance: 'none', disability: null })).toEqual(['household', 'familyAssistance']);
    expect(checkQuestionsOnPage('family', { familyAssistance: 'minimumLiving', disability: null })).toEqual([
      'household',
      'familyAssistance',
      'assistanceMonthly',
    ]);
  });

  it('asks about 困难残疾人生活补贴 only for a disabled child of a 低保 family, the only children it is paid to', () => {
    const disabled = { kind: 'hearing', grade: 2 } as const;
    expect(checkQuestionsOnPage('family', { familyAssistance: 'none', disability: disabled })).toEqual(['household', 'familyAssistance']);
    expect(checkQuestionsOnPage('family', { familyAssistance: 'minimumLiving', disability: disabled })).toEqual([
      'household',
      'familyAssistance',
      'assistanceMonthly',
      'disabilityLivingSubsidyMonthly',
    ]);
  });
});

describe('the answers as sent', () => {
  it('accept an age in whole years instead of a birth date', () => {
    expect(checkAnswersSchema.safeParse({ ageYears: 6, hukouRegion: liuguangVillage }).success).toBe(true);
    expect(checkAnswersSchema.safeParse({ ageYears: 6.5 }).success).toBe(false);
  });
});
