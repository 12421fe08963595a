import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from '../calendar/working-day-calendar';
import { loadParameterFiles } from '../rules/parameter-file-schema';
import { stageDueDate } from './stage-due-date';

const params = loadParameterFiles();
const calendar = createWorkingDayCalendar();
const village = '520123103201';

describe('due dates of each review stage, in Chinese working days (docs/policy.md "How an application travels")', () => {
  it.each([
    ['a Monday case at the village: 5 working days, due the next Monday', 'deFactoUnsupportedAllowance', 'villageVerification', '2026-11-23', '2026-11-30'],
    ['received the day before National Day: the 7 holidays do not count and the make-up Saturday 10 October does', 'deFactoUnsupportedAllowance', 'villageVerification', '2026-09-29', '2026-10-12'],
    ['the make-up Sunday 20 September counts as a working day', 'deFactoUnsupportedAllowance', 'villageVerification', '2026-09-18', '2026-09-24'],
    ['the township has 15 working days for a de-facto unsupported child', 'deFactoUnsupportedAllowance', 'townshipReview', '2026-11-02', '2026-11-23'],
    ['the township has 10 working days for an orphan', 'orphanAllowance', 'townshipReview', '2026-11-02', '2026-11-16'],
    ['the county has 15 working days for other programmes too', 'childRehabilitation', 'countyApproval', '2026-11-02', '2026-11-23'],
    ['a cross-region hand-over is due within 3 working days', 'deFactoUnsupportedAllowance', 'crossRegionHandover', '2026-11-20', '2026-11-25'],
    ['the hukou place is to answer a hand-over within 15 working days', 'deFactoUnsupportedAllowance', 'handedOver', '2026-11-20', '2026-12-11'],
  ] as const)('%s', (_name, programme, stage, received, due) => {
    expect(stageDueDate(programme, stage, village, received, params, calendar)).toEqual({ date: due, provisional: false });
  });

  it('a county case received in late December runs into 2027, whose holidays are not announced: provisional', () => {
    expect(stageDueDate('deFactoUnsupportedAllowance', 'countyApproval', village, '2026-12-21', params, calendar).provisional).toBe(true);
  });
});
