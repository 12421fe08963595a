import { describe, expect, it } from 'vitest';
import { ageOn } from './age-on';

describe('age in whole years, the birthday being the boundary', () => {
  it.each([
    { name: 'a child born 2010-03-15 is 15 the day before the 16th birthday', birth: '2010-03-15', on: '2026-03-14', age: 15 },
    { name: 'a child born 2010-03-15 is 16 on the 16th birthday', birth: '2010-03-15', on: '2026-03-15', age: 16 },
    { name: 'a child born 2008-03-15 is 17 the day before the 18th birthday', birth: '2008-03-15', on: '2026-03-14', age: 17 },
    { name: 'a child born 2008-03-15 is 18 on the 18th birthday', birth: '2008-03-15', on: '2026-03-15', age: 18 },
    { name: 'a baby is 0 on the day of birth', birth: '2026-05-01', on: '2026-05-01', age: 0 },
    { name: 'a 29 February child turns 18 on 28 February of a common year', birth: '2008-02-29', on: '2026-02-28', age: 18 },
    { name: 'a 29 February child is still 17 on 27 February of a common year', birth: '2008-02-29', on: '2026-02-27', age: 17 },
    { name: 'a 29 February child turns 16 on 29 February of a leap year', birth: '2012-02-29', on: '2028-02-29', age: 16 },
    { name: 'a 29 February child is 15 on 28 February of a leap year', birth: '2012-02-29', on: '2028-02-28', age: 15 },
  ])('$name', ({ birth, on, age }) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
