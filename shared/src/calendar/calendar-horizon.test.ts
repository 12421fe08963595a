import { describe, expect, it } from 'vitest';
import { calendarHorizon } from './calendar-horizon';
import { createWorkingDayCalendar } from './working-day-calendar';

describe('how far the holiday calendar reaches', () => {
  const calendar = createWorkingDayCalendar();

  it('warns from 60 days before the last known year ends, not before', () => {
    expect(calendarHorizon(calendar, '2026-11-01')).toEqual({ lastKnownYear: 2026, knownUntil: '2026-12-31', daysLeft: 60, warn: true });
    expect(calendarHorizon(calendar, '2026-10-31')).toMatchObject({ daysLeft: 61, warn: false });
  });

  it('once the year is unknown, says so with the days past its end', () => {
    expect(calendarHorizon(calendar, '2027-01-05')).toEqual({ lastKnownYear: 2026, knownUntil: '2026-12-31', daysLeft: -5, warn: true });
  });
});
