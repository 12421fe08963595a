import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { isOrphan } from './is-orphan';
import { loadParameterFiles } from './parameter-file-schema';

const params = loadParameterFiles();
const region = '520123100001';

describe('孤儿: under 18 and lost both parents (000 第四章第一节、第四节)', () => {
  it.each([
    { name: 'both parents dead', facts: { father: 'deceased', mother: 'deceased' }, holds: true },
    { name: 'father dead and mother declared missing', facts: { father: 'deceased', mother: 'declaredMissing' }, holds: true },
    { name: 'a foundling whose parents cannot be found', facts: { father: 'notFound', mother: 'notFound' }, holds: true },
    { name: 'father dead and mother serving a sentence (de-facto unsupported instead)', facts: { father: 'deceased', mother: 'imprisoned' }, holds: false },
    { name: 'father dead and mother at home', facts: { father: 'deceased', mother: 'atHome' }, holds: false },
  ] as const)('$name → $holds', ({ facts, holds }) => {
    expect(isOrphan({ birthDate: '2012-01-01', ...facts }, '2026-11-23', region, params).holds).toBe(holds);
  });

  it.each([
    { name: 'the day before the 18th birthday is still an orphan', on: '2026-03-14', holds: true },
    { name: 'the 18th birthday ends it', on: '2026-03-15', holds: false },
  ])('$name', ({ on, holds }) => {
    const facts: ChildFacts = { birthDate: '2008-03-15', father: 'deceased', mother: 'deceased' };
    expect(isOrphan(facts, on, region, params).holds).toBe(holds);
  });

  it('the birth date is read from the resident ID when no birth date is given', () => {
    const facts: ChildFacts = { residentId: '520123201003151238', father: 'deceased', mother: 'deceased' };
    expect(isOrphan(facts, '2026-11-23', region, params)).toMatchObject({ holds: true, missingFacts: [] });
  });

  it('father dead and mother unknown: ask about the mother only', () => {
    expect(isOrphan({ birthDate: '2012-01-01', father: 'deceased' }, '2026-11-23', region, params)).toMatchObject({
      holds: 'unknown',
      missingFacts: ['mother'],
    });
  });
});
