import { describe, expect, it } from 'vitest';
import { loadParameterFiles } from './parameter-file-schema';
import { paymentStart } from './payment-start';

const params = loadParameterFiles();
const village = '520123100001';

describe('a monthly allowance is paid from the month after approval', () => {
  it.each([
    { name: 'approved mid-month: paid from the first of the next month', approvedOn: '2026-11-23', from: '2026-12-01' },
    { name: 'approved on the first: still the next month', approvedOn: '2026-11-01', from: '2026-12-01' },
    { name: 'approved on the last day of the month', approvedOn: '2026-01-31', from: '2026-02-01' },
    { name: 'approved in December: January of the next year', approvedOn: '2026-12-31', from: '2027-01-01' },
  ])('$name', ({ approvedOn, from }) => {
    expect(paymentStart(approvedOn, village, params)).toBe(from);
  });

  it('a province that pays from the month of approval is served by its own figure', () => {
    const sameMonth = {
      ...params,
      'payments.start_months_after_approval': { ...params['payments.start_months_after_approval'], values: { '00': { '2010-01-01': 1 }, '52': { '2026-01-01': 0 } } },
    };
    expect(paymentStart('2026-11-23', village, sameMonth)).toBe('2026-11-01');
    expect(paymentStart('2026-11-23', '130102001001', sameMonth)).toBe('2026-12-01');
  });
});
