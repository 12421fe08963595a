import { describe, expect, it } from 'vitest';
import { figureEntrySchema } from './figure-entry-schema';
import { figureEntryRefusal, unitRangeText } from './figure-entry';
import { loadParameterFiles } from './parameter-file-schema';
import { isPlaceholderAt } from './parameters';

const files = loadParameterFiles();
const rural = files['benefits.minimum_living_standard.rural'];
const scattered = files['benefits.orphan_allowance.scattered_amount'];
const rate = files['benefits.special_hardship_grant.rate'];

describe('who sets each figure (shared/parameters/README.md "Who sets a figure")', () => {
  it.each([
    ['benefits.minimum_living_standard.rural', 'county'],
    ['benefits.minimum_living_standard.urban', 'county'],
    ['benefits.child_rehabilitation.training_subsidy', 'county'],
    ['benefits.orphan_allowance.scattered_amount', 'city'],
    ['benefits.orphan_allowance.institutional_amount', 'city'],
    ['benefits.special_hardship_grant.rate', 'province'],
    ['benefits.disability_subsidies.severe_disability_care_amount', 'province'],
  ] as const)('%s is set at %s level', (name, owner) => {
    expect(files[name].owner).toBe(owner);
  });

  it('legal definitions and the procedure’s time limits have no owner: they change with a release only', () => {
    expect(files['definitions.orphan_age_limit'].owner).toBeUndefined();
    expect(files['time_limits.village_verification'].owner).toBeUndefined();
  });

  it('an owned figure’s shipped values are at its owner’s level or national; only a placeholder stands in from above', () => {
    const lengths = { province: 2, city: 4, county: 6 } as const;
    for (const file of Object.values(files).filter((f) => f.owner && f.basis !== 'placeholder')) {
      for (const code of Object.keys(file.values)) expect([lengths[file.owner!], 2]).toContain(code.length);
    }
  });
});

describe('figureEntryRefusal', () => {
  const entry = { regionCode: '520123', value: 700 };
  it.each([
    ['the county’s administrator, its own county', rural, entry, '520123', null],
    ['a city administrator entering a county figure', rural, { ...entry, regionCode: '5201' }, '5201', 'FIGURE_WRONG_LEVEL'],
    ['a county administrator entering a city figure', scattered, entry, '520123', 'FIGURE_WRONG_LEVEL'],
    ['a county administrator, another county', rural, { ...entry, regionCode: '520122' }, '520123', 'FIGURE_OTHER_REGION'],
    ['a township-scoped account', rural, entry, '520123103', 'FIGURE_WRONG_LEVEL'],
    ['the province, its 30% rate', rate, { regionCode: '52', value: 0.35 }, '52', null],
    ['the province, a rate of 30 typed for 0.3', rate, { regionCode: '52', value: 30 }, '52', 'FIGURE_OUT_OF_RANGE'],
    ['a monthly standard of 0', rural, { ...entry, value: 0 }, '520123', 'FIGURE_OUT_OF_RANGE'],
    ['a monthly standard of 70000', rural, { ...entry, value: 70000 }, '520123', 'FIGURE_OUT_OF_RANGE'],
    ['a time limit', files['time_limits.village_verification'], { regionCode: '52', value: 3 }, '52', 'FIGURE_NOT_ENTERABLE'],
  ] as const)('%s: %s', (_, parameter, given, scope, refusal) => {
    expect(figureEntryRefusal(parameter, given, scope)).toBe(refusal);
  });

  it('says the range in the unit staff read', () => {
    expect(unitRangeText('CNY_per_month')).toBe('1 到 20000 元/人·月');
  });
});

describe('figureEntrySchema', () => {
  const valid = { regionCode: '520123', effectiveFrom: '2027-01-01', value: 700, documentNumber: '修民发〔2026〕18号' };
  it('takes a complete entry, trimming the document number', () => {
    expect(figureEntrySchema.parse({ ...valid, documentNumber: ' 修民发〔2026〕18号 ' })).toEqual(valid);
  });
  it.each([
    ['a day that does not exist', { ...valid, effectiveFrom: '2027-02-29' }, 'effectiveFrom'],
    ['no document number', { ...valid, documentNumber: '' }, 'documentNumber'],
    ['a value as text', { ...valid, value: '700' }, 'value'],
    ['a region of 5 digits', { ...valid, regionCode: '52012' }, 'regionCode'],
  ])('refuses %s on its field', (_, given, field) => {
    const result = figureEntrySchema.safeParse(given);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual([field]);
  });
});

describe('isPlaceholderAt', () => {
  it('the shipped 低保 standard is a placeholder; a county’s own entered one is not, from its date on', () => {
    expect(isPlaceholderAt(files, rural.name as never, '520123103201', '2026-11-23')).toBe(true);
    const entered = { ...rural, values: { ...rural.values, '520123': { '2027-01-01': 700 } }, confirmed: { '520123': ['2027-01-01'] } };
    const params = { ...files, [rural.name]: entered };
    expect(isPlaceholderAt(params, rural.name as never, '520123103201', '2027-01-01')).toBe(false);
    expect(isPlaceholderAt(params, rural.name as never, '520123103201', '2026-12-31')).toBe(true);
    // Another county of Guiyang still reads the placeholder.
    expect(isPlaceholderAt(params, rural.name as never, '520122', '2027-01-01')).toBe(true);
    expect(isPlaceholderAt(files, scattered.name as never, '520123', '2026-11-23')).toBe(false);
  });
});
