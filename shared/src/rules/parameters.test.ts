import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadParameterFiles } from './parameter-file-schema';
import { parameterAt, ParameterNotFoundError, regionFallbackChain, type Parameter } from './parameters';
import { indexFile, renderParameterIndex } from './render-parameter-index';

const params = loadParameterFiles();
const village = '520123100001'; // a village in 修文县, Guiyang
const raise: Parameter = {
  name: 'test.raise',
  description: 'test only',
  unit: 'CNY_per_month',
  basis: 'seed',
  reference: 'test only',
  values: { '52': { '2020-01-01': 900 }, '5201': { '2022-01-01': 1200, '2026-07-01': 1300 }, '520123': { '2027-01-01': 1400 } },
};

describe('parameters as data', () => {
  it('the generated index lists exactly the files under shared/parameters', () => {
    expect(readFileSync(indexFile, 'utf8')).toBe(renderParameterIndex());
  });

  it('every parameter file loads and passes the schema, named after its path', () => {
    expect(Object.keys(params)).toContain('benefits.orphan_allowance.institutional_amount');
    for (const [name, parameter] of Object.entries(params)) expect(parameter.name).toBe(name);
  });

  it.each([
    { name: 'Guiyang’s institutional orphan standard is 1700', parameter: 'benefits.orphan_allowance.institutional_amount', value: 1700 },
    { name: 'Guiyang’s scattered orphan standard is 1200', parameter: 'benefits.orphan_allowance.scattered_amount', value: 1200 },
    { name: 'the special hardship grant is 30% of 低保 (a Guizhou figure)', parameter: 'benefits.special_hardship_grant.rate', value: 0.3 },
    { name: 'the 福彩圆梦 grant is 10000 a school year', parameter: 'benefits.lottery_study_grant.amount', value: 10000 },
    { name: 'the village verification limit is 5 working days', parameter: 'time_limits.village_verification', value: 5 },
    { name: 'the de-facto township review limit is 15 working days', parameter: 'time_limits.township_review.de_facto_unsupported', value: 15 },
    { name: 'the orphan county approval limit is 10 working days', parameter: 'time_limits.county_approval.orphan', value: 10 },
    { name: 'the cross-region hand-over limit is 3 working days', parameter: 'time_limits.cross_region_handover', value: 3 },
  ] as const)('$name, found from a village code', ({ parameter, value }) => {
    expect(parameterAt(params[parameter], village, '2026-11-23')).toBe(value);
  });

  it('a village code falls back through township, county and city to the province, then the nation', () => {
    expect(regionFallbackChain(village)).toEqual([village, '520123100', '520123', '5201', '52', '00']);
  });

  it('a national definition holds in a province that has no value of its own (a child of 黑龙江)', () => {
    expect(parameterAt(params['definitions.migrant_min_months'], '230102001001', '2026-11-23')).toBe(6);
  });

  it.each([
    { name: 'a village in Guiyang finds the city value', region: village, date: '2026-06-30', value: 1200 },
    { name: 'the day before a raise gives the old value', region: '5201', date: '2026-06-30', value: 1200 },
    { name: 'the day of a raise gives the new value', region: '5201', date: '2026-07-01', value: 1300 },
    { name: 'a county value overrides the city from its own date', region: village, date: '2027-01-01', value: 1400 },
    { name: 'before the city had a value the province value applies', region: '520123', date: '2021-05-01', value: 900 },
    { name: 'another Guizhou city falls back to the province', region: '5203', date: '2026-07-01', value: 900 },
  ])('$name', ({ region, date, value }) => {
    expect(parameterAt(raise, region, date)).toBe(value);
  });

  it('a region outside every value throws a typed error naming the parameter', () => {
    expect(() => parameterAt(raise, '4403', '2026-07-01')).toThrow(ParameterNotFoundError);
    expect(() => parameterAt(raise, '52', '2019-12-31')).toThrow(/test\.raise/);
  });

  it('placeholder figures say so and cite no seed', () => {
    for (const parameter of Object.values(params).filter((p) => p.basis === 'placeholder')) {
      expect(parameter.reference).toMatch(/not in the seeds; to be confirmed by the county bureau/);
    }
  });
});
