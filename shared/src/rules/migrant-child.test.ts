import { describe, expect, it } from 'vitest';
import type { ChildFacts } from './child-facts';
import { isMigrantChild } from './migrant-child';
import { loadParameterFiles } from './parameter-file-schema';

const params = loadParameterFiles();
const region = '520123100001';

/** Guiyang's central districts for the test: 南明区, 云岩区. */
const centralDistricts = ['520102', '520103'];
const child: ChildFacts = {
  birthDate: '2015-05-01',
  hukouRegion: '520123100001', // 修文县
  residenceRegion: '520102001001', // 南明区
  livesWithGuardian: true,
  monthsAtResidence: 8,
};

describe('流动儿童: under 16, 6 months or more outside the hukou county (002 （四）)', () => {
  it.each([
    { name: 'eight months in another county with the parents', facts: child, holds: true },
    { name: 'exactly six months counts', facts: { ...child, monthsAtResidence: 6 }, holds: true },
    { name: 'five months is too short', facts: { ...child, monthsAtResidence: 5 }, holds: false },
    { name: 'a move inside the hukou county does not count', facts: { ...child, residenceRegion: '520123200002' }, holds: false },
    { name: 'a move between two central urban districts does not count', facts: { ...child, hukouRegion: '520103001001' }, holds: false },
    { name: 'from a central district to an outer county counts', facts: { ...child, hukouRegion: '520102001001', residenceRegion: '520123100001' }, holds: true },
    { name: 'a child living away without a parent or guardian is not counted', facts: { ...child, livesWithGuardian: false }, holds: false },
  ])('$name → $holds', ({ facts, holds }) => {
    expect(isMigrantChild(facts, '2026-11-23', region, params, centralDistricts).holds).toBe(holds);
  });

  it.each([
    { name: 'the day before the 16th birthday still counts', on: '2026-03-14', holds: true },
    { name: 'on the 16th birthday no longer', on: '2026-03-15', holds: false },
  ])('$name', ({ on, holds }) => {
    expect(isMigrantChild({ ...child, birthDate: '2010-03-15' }, on, region, params, centralDistricts).holds).toBe(holds);
  });

  it('a residence given only to the city cannot decide the county: ask again', () => {
    const finding = isMigrantChild({ ...child, residenceRegion: '5201', monthsAtResidence: undefined }, '2026-11-23', region, params, centralDistricts);
    expect(finding).toMatchObject({ holds: 'unknown', missingFacts: ['residenceRegion', 'monthsAtResidence'] });
  });
});
