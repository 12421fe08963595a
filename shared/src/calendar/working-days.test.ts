import { describe, expect, it } from 'vitest';
import { createWorkingDayCalendar } from './working-day-calendar';
import { addWorkingDays, isWorkingDay } from './working-days';

const packageCalendar = createWorkingDayCalendar();

/** Made up for the test, not the real 2027 schedule: only 1 January off. */
const test2027 = createWorkingDayCalendar([{ year: 2027, holidays: ['2027-01-01'], workdays: [], reference: 'test only' }]);

describe('working days by the 2026 schedule in chinese-days', () => {
  it.each([
    { name: 'National Day 1 October 2026 is a day off', date: '2026-10-01', working: false },
    { name: 'the last National Day holiday, 7 October 2026, is a day off', date: '2026-10-07', working: false },
    { name: 'Sunday 20 September 2026 is a make-up working day', date: '2026-09-20', working: true },
    { name: 'Saturday 10 October 2026 is a make-up working day', date: '2026-10-10', working: true },
    { name: 'Sunday 11 October 2026 is an ordinary weekend day', date: '2026-10-11', working: false },
    { name: 'Saturday 14 February 2026 is a make-up working day before Spring Festival', date: '2026-02-14', working: true },
    { name: 'Monday 23 February 2026 is still in the Spring Festival holiday', date: '2026-02-23', working: false },
    { name: 'an ordinary Tuesday is a working day', date: '2026-11-24', working: true },
  ])('$name', ({ date, working }) => {
    expect(isWorkingDay(date, packageCalendar)).toBe(working);
  });
});

describe('due dates: the day of receipt is not counted', () => {
  it.each([
    { name: 'one working day after 30 September 2026 is 8 October, after National Day', start: '2026-09-30', n: 1, due: '2026-10-08' },
    { name: 'three working days after 30 September 2026 end on the make-up Saturday 10 October', start: '2026-09-30', n: 3, due: '2026-10-10' },
    { name: 'fifteen working days from Friday 18 September 2026 cross Mid-autumn and National Day', start: '2026-09-18', n: 15, due: '2026-10-15' },
    { name: 'one working day after Friday 13 February 2026 is the make-up Saturday 14 February', start: '2026-02-13', n: 1, due: '2026-02-14' },
    { name: 'two working days after Friday 13 February 2026 skip Spring Festival to 24 February', start: '2026-02-13', n: 2, due: '2026-02-24' },
    { name: 'ten working days from 12 February 2026 count both Spring Festival make-up Saturdays', start: '2026-02-12', n: 10, due: '2026-03-04' },
    { name: 'five working days from an ordinary Monday end on the next Monday', start: '2026-11-23', n: 5, due: '2026-11-30' },
  ])('$name', ({ start, n, due }) => {
    expect(addWorkingDays(start, n, packageCalendar)).toEqual({ date: due, provisional: false });
  });

  it('a moment is read as a Beijing day: 20:00 UTC on 30 September is already 1 October in Beijing', () => {
    expect(addWorkingDays(new Date('2026-09-30T20:00:00Z'), 1, packageCalendar).date).toBe('2026-10-08');
    expect(addWorkingDays(new Date('2026-09-29T23:30:00+08:00'), 1, packageCalendar).date).toBe('2026-09-30');
  });

  it('a due date counted into 2027, which the package does not know, is provisional', () => {
    expect(addWorkingDays('2026-12-30', 2, packageCalendar)).toEqual({ date: '2027-01-01', provisional: true });
  });

  it('an entered 2027 schedule makes the 2027 due date definite', () => {
    expect(addWorkingDays('2026-12-30', 2, test2027)).toEqual({ date: '2027-01-04', provisional: false });
  });

  it('an entered schedule replaces the package’s data for its year', () => {
    const emptied2026 = createWorkingDayCalendar([{ year: 2026, holidays: [], workdays: [] }]);
    expect(isWorkingDay('2026-10-01', emptied2026)).toBe(true);
    expect(isWorkingDay('2026-10-10', emptied2026)).toBe(false);
  });

  it('chinese-days 1.5.7 knows the years 2004 to 2026 and no other', () => {
    const years = [...packageCalendar.knownYears].sort();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(23);
  });

  it.each([0, -1, 1.5])('refuses %s working days', (n) => {
    expect(() => addWorkingDays('2026-10-08', n, packageCalendar)).toThrow(RangeError);
  });
});
