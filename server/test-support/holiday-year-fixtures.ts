import type { HolidayYear } from '@ccs/shared';

/**
 * A complete year as an administrator would enter it from the State Council's notice. The real 2027 notice is
 * not out (today is 2026-12-07): these dates put each festival in its place (春节 on 2027-02-06, 端午 on 06-09,
 * 中秋 on 09-15) with make-up Saturdays and Sundays, which is all the checks and the counting need.
 */
export const holidayYear2027: HolidayYear = {
  year: 2027,
  notice: '国办发明电〔2026〕9号',
  festivals: [
    { festival: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { festival: '春节', from: '2027-02-05', to: '2027-02-13' },
    { festival: '清明节', from: '2027-04-03', to: '2027-04-05' },
    { festival: '劳动节', from: '2027-05-01', to: '2027-05-05' },
    { festival: '端午节', from: '2027-06-09', to: '2027-06-09' },
    { festival: '中秋节', from: '2027-09-15', to: '2027-09-15' },
    { festival: '国庆节', from: '2027-10-01', to: '2027-10-07' },
  ],
  workdays: ['2027-02-20', '2027-04-24', '2027-05-08', '2027-09-26', '2027-10-09'],
};
