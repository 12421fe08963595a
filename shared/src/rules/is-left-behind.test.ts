import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { isLeftBehind } from './is-left-behind';
import { loadParameterFiles } from './parameter-file-schema';

const params = loadParameterFiles();
const region = '520123100001';

const child: ChildFacts = { birthDate: '2014-09-01', household: 'rural', father: 'workingAway', mother: 'workingAway' };

describe('农村留守儿童: rural, under 16, parents away (000 第四章第三节; 001 二（二）5)', () => {
  it.each([
    { name: 'both parents working away', facts: child, holds: true },
    { name: 'father working away, mother dead', facts: { ...child, mother: 'deceased' }, holds: true },
    { name: 'mother working away, father severely ill', facts: { ...child, father: 'severelyIll' }, holds: true },
    { name: 'father working away, mother at home', facts: { ...child, mother: 'atHome' }, holds: false },
    { name: 'neither parent working away (father dead, mother serving a sentence)', facts: { ...child, father: 'deceased', mother: 'imprisoned' }, holds: false },
    { name: 'an urban family', facts: { ...child, household: 'urban' }, holds: false },
  ] as const)('$name → $holds', ({ facts, holds }) => {
    expect(isLeftBehind(facts, '2026-11-23', region, params).holds).toBe(holds);
  });

  it.each([
    { name: 'the day before the 16th birthday still left-behind', on: '2026-03-14', holds: true },
    { name: 'on the 16th birthday no longer left-behind', on: '2026-03-15', holds: false },
  ])('$name', ({ on, holds }) => {
    expect(isLeftBehind({ ...child, birthDate: '2010-03-15' }, on, region, params).holds).toBe(holds);
  });

  it('father working away and mother not given: ask about the mother', () => {
    expect(isLeftBehind({ ...child, mother: undefined }, '2026-11-23', region, params)).toMatchObject({ holds: 'unknown', missingFacts: ['mother'] });
  });
});
