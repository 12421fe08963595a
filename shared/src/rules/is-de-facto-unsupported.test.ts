import { describe, expect, it } from 'vitest';
import { parentSituationLabels, type ChildFacts, type ParentSituation } from './child-facts';
import { isDeFactoUnsupported } from './is-de-facto-unsupported';
import { isOrphan } from './is-orphan';
import { loadParameterFiles } from './parameter-file-schema';

const params = loadParameterFiles();
const region = '520123100001';

const today = '2026-11-23';
const child = (father?: ParentSituation, mother?: ParentSituation): ChildFacts => ({ birthDate: '2015-06-01', father, mother });

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
