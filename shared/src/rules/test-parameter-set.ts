import { loadParameterFiles } from './parameter-file-schema';
import type { Parameter, ParameterName, ParameterSet } from './parameters';

/**
 * For tests only: the real parameter files with made-up figures where the seeds have none or a change
 * is to be shown. The scattered-orphan standard rises from 1200 to 1300 on 2026-07-01 (a mid-year
 * raise); the rural 低保 standard and the county figures are invented and marked as such.
 */
export function testParameterSet(): ParameterSet {
  const real = loadParameterFiles();
  const withValues = (name: ParameterName, values: Parameter['values']): Parameter => ({
    ...real[name],
    basis: 'seed',
    reference: 'test only',
    values,
  });
  return {
    ...real,
    'benefits.orphan_allowance.scattered_amount': withValues('benefits.orphan_allowance.scattered_amount', {
      '5201': { '2022-01-01': 1200, '2026-07-01': 1300 },
    }),
    'benefits.minimum_living_standard.rural': withValues('benefits.minimum_living_standard.rural', {
      '5201': { '2022-01-01': 650 },
    }),
    'benefits.child_rehabilitation.training_subsidy': withValues('benefits.child_rehabilitation.training_subsidy', {
      '520123': { '2024-01-01': 24000 },
    }),
    'benefits.disability_subsidies.severe_disability_care_amount': withValues(
      'benefits.disability_subsidies.severe_disability_care_amount',
      { '5201': { '2024-01-01': 100 } },
    ),
  };
}
