import { describe, expect, it } from 'vitest';
import { parentSituationLabels, type ChildFacts, type ParentSituation } from './child-facts';
import { isDeFactoUnsupported } from './is-de-facto-unsupported';
import { isOrphan } from './is-orphan';
import { loadParameterFiles } from './parameter-file-schema';

const params = loadParameterFiles();
const region = '520123100001';

const today = '2026-11-23';
/** Parents answered 失联 have been out of contact since March 2025, long enough (the 6 months are tested below). */
const child = (father?: ParentSituation, mother?: ParentSituation): ChildFacts => ({
  birthDate: '2015-06-01',
  father,
  mother,
  ...(father === 'lostContact' ? { fatherLostContactSince: '2025-03' } : {}),
  ...(mother === 'lostContact' ? { motherLostContactSince: '2025-03' } : {}),
});

describe('事实无人抚养儿童: who counts (000 第五章第一节)', () => {
  it.each([
    { name: 'father severely disabled and mother severely ill', father: 'severelyDisabled', mother: 'severelyIll', holds: true },
    { name: 'father serving a sentence and mother in compulsory drug rehabilitation', father: 'imprisoned', mother: 'compulsoryDrugRehab', holds: true },
    { name: 'father under another restriction of liberty and mother lost contact', father: 'otherRestriction', mother: 'lostContact', holds: true },
    { name: 'father abandoned the child and mother serving a sentence', father: 'abandoned', mother: 'imprisoned', holds: true },
    { name: 'both parents lost contact', father: 'lostContact', mother: 'lostContact', holds: true },
    { name: 'father dead and mother serving a sentence', father: 'deceased', mother: 'imprisoned', holds: true },
    { name: 'father declared missing and mother severely disabled', father: 'declaredMissing', mother: 'severelyDisabled', holds: true },
    { name: 'father lost contact and mother dead', father: 'lostContact', mother: 'deceased', holds: true },
    { name: 'father not to be found and mother in compulsory drug rehabilitation', father: 'notFound', mother: 'compulsoryDrugRehab', holds: true },
    { name: 'mother dead and father severely ill', father: 'severelyIll', mother: 'deceased', holds: true },
    { name: 'both parents dead: an orphan, not counted again', father: 'deceased', mother: 'deceased', holds: false },
    { name: 'father dead and mother declared missing: an orphan, not counted again', father: 'deceased', mother: 'declaredMissing', holds: false },
    { name: 'father at home and mother serving a sentence', father: 'atHome', mother: 'imprisoned', holds: false },
    { name: 'father working away and mother dead', father: 'workingAway', mother: 'deceased', holds: false },
    { name: 'father otherwise able and mother lost contact', father: 'other', mother: 'lostContact', holds: false },
  ] as const)('$name → $holds', ({ father, mother, holds }) => {
    const finding = isDeFactoUnsupported(child(father, mother), today, region, params);
    expect(finding.holds).toBe(holds);
    expect(finding.missingFacts).toEqual([]);
  });

  it.each([
    { name: 'father serving a sentence, mother not given: ask only about the mother', facts: child('imprisoned'), missing: ['mother'] },
    { name: 'neither parent given: ask about both', facts: child(), missing: ['father', 'mother'] },
    { name: 'no birth date or ID: ask for it', facts: { father: 'imprisoned', mother: 'severelyIll' } as ChildFacts, missing: ['birthDate'] },
  ])('$name', ({ facts, missing }) => {
    const finding = isDeFactoUnsupported(facts, today, region, params);
    expect(finding.holds).toBe('unknown');
    expect(finding.missingFacts).toEqual(missing);
  });

  it('a father at home settles it without asking about the mother', () => {
    expect(isDeFactoUnsupported(child('atHome'), today, region, params)).toMatchObject({ holds: false, missingFacts: [] });
  });

  it.each([
    { name: 'the day before the 18th birthday the child still qualifies', on: '2026-03-14', holds: true },
    { name: 'on the 18th birthday the child no longer qualifies', on: '2026-03-15', holds: false },
  ])('$name', ({ on, holds }) => {
    const facts: ChildFacts = { birthDate: '2008-03-15', father: 'imprisoned', mother: 'deceased' };
    expect(isDeFactoUnsupported(facts, on, region, params).holds).toBe(holds);
  });

  it('no child is both an orphan and de-facto unsupported, whatever the parents’ situations', () => {
    const situations = Object.keys(parentSituationLabels) as ParentSituation[];
    for (const father of situations) {
      for (const mother of situations) {
        const facts = child(father, mother);
        expect([isOrphan(facts, today, region, params).holds, isDeFactoUnsupported(facts, today, region, params).holds]).not.toEqual([true, true]);
      }
    }
  });
});

describe('失联: out of contact for 6 months or more (民发〔2019〕62号 一, definitions.lost_contact_min_months)', () => {
  const facts = (since?: string): ChildFacts => ({ birthDate: '2015-06-01', father: 'imprisoned', mother: 'lostContact', motherLostContactSince: since });
  const reasonsOf = (finding: { reasons: { text: string }[] }) => finding.reasons.map((reason) => reason.text).join(' / ');

  it('without since when, asks it, and only that', () => {
    const finding = isDeFactoUnsupported(facts(), today, region, params);
    expect(finding).toMatchObject({ holds: 'unknown', missingFacts: ['motherLostContactSince'] });
    expect(reasonsOf(finding)).toContain('还需要知道母亲从哪年哪月起联系不上');
  });

  it.each([
    { name: 'out of contact since May 2026: 6 months reached in November', since: '2026-05', holds: true },
    { name: 'out of contact since June 2026: not yet on 23 November', since: '2026-06', holds: false },
    { name: 'out of contact since 2024 or earlier', since: '2024', holds: true },
  ])('$name', ({ since, holds }) => {
    expect(isDeFactoUnsupported(facts(since), today, region, params).holds).toBe(holds);
  });

  it('a shorter absence is told plainly that it does not count yet and the day it will', () => {
    const finding = isDeFactoUnsupported(facts('2026-09'), today, region, params);
    expect(finding.holds).toBe(false);
    expect(finding.missingFacts).toEqual([]);
    expect(reasonsOf(finding)).toContain('母亲从2026年9月起联系不上，还不满6个月，现在还不算失联');
    expect(reasonsOf(finding)).toContain('到2027年3月1日就满6个月了，那时可以申请');
  });

  it('counts whole months: since June 2026, the child qualifies from 1 December 2026, not the day before', () => {
    expect(isDeFactoUnsupported(facts('2026-06'), '2026-11-30', region, params).holds).toBe(false);
    expect(isDeFactoUnsupported(facts('2026-06'), '2026-12-01', region, params).holds).toBe(true);
  });

  it('both parents out of contact: each must have lasted 6 months', () => {
    const both: ChildFacts = { birthDate: '2015-06-01', father: 'lostContact', mother: 'lostContact', fatherLostContactSince: '2024', motherLostContactSince: '2026-10' };
    const finding = isDeFactoUnsupported(both, today, region, params);
    expect(finding.holds).toBe(false);
    expect(reasonsOf(finding)).toContain('母亲从2026年10月起联系不上');
    expect(reasonsOf(finding)).not.toContain('父亲从');
  });

  it('the months are a figure: a region that set 3 months would count September', () => {
    const shorter = { ...params, 'definitions.lost_contact_min_months': { ...params['definitions.lost_contact_min_months'], values: { '00': { '2019-06-18': 3 } } } };
    expect(isDeFactoUnsupported(facts('2026-08'), today, region, shorter).holds).toBe(true);
  });

  it('the orphan rule does not ask since when: its answer is unchanged', () => {
    const finding = isOrphan({ birthDate: '2015-06-01', father: 'deceased', mother: 'lostContact' }, today, region, params);
    expect(finding).toMatchObject({ holds: false, missingFacts: [] });
  });
});
