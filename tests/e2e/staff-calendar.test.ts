import { describe, expect, it } from 'vitest';
import { statutoryFestivals, toIsoDate } from '@ccs/shared';
import { holidayYear2027 } from '../../server/test-support/holiday-year-fixtures';
import { fill, saveWholePage, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/** Issue 19 §6: the holiday package knows 2026 at most; the county enters 2027 from the State Council's notice. */
describe('放假安排 on the county workbench', () => {
  it('warns that next year is unknown, refuses an incomplete year saying what is missing, and takes the complete one', async () => {
    const daysLeft = Math.round((Date.parse('2026-12-31') - Date.parse(toIsoDate(new Date()))) / 86_400_000);
    expect(daysLeft).toBeLessThanOrEqual(60); // the warning shows from 2026-11-01, and this session runs on 2026-12-07

    const county = await signInStaffOnPortal(portal.browser, portal.server, 'county');
    await county.locator('#calendar-warning').waitFor();
    const warning = await textOf(county, '#calendar-warning');
    expect(warning).toContain('2027年的放假安排还没有录入');
    expect(warning).toContain('春节也算上班');
    await saveWholePage(county, 'staff-calendar-warning');

    await county.locator('#calendar-warning-link').click();
    await county.locator('#calendar-form').waitFor();
    // The year after the last known one is filled in once the page has read the calendar.
    await expect.poll(() => county.locator('#calendar-year input').inputValue()).toBe('2027');
    await fill(county, 'calendar-notice-number', holidayYear2027.notice);
    for (const [index, festival] of statutoryFestivals.entries()) {
      // 中秋 left out at first, as if skipped while copying the notice.
      if (festival === '中秋节') continue;
      const block = holidayYear2027.festivals.find((entry) => entry.festival === festival)!;
      await fill(county, `calendar-from-${index}`, block.from);
      await fill(county, `calendar-to-${index}`, block.to);
    }
    await fill(county, 'calendar-workdays', holidayYear2027.workdays.join(' '));
    await county.locator('#calendar-save').click();
    await expect.poll(() => textOf(county, '#calendar-error')).toContain('缺少中秋节的放假安排。');
    await saveWholePage(county, 'staff-calendar-incomplete');

    await fill(county, `calendar-from-${statutoryFestivals.indexOf('中秋节')}`, '2027-09-15');
    await county.locator('#calendar-save').click();
    await expect.poll(() => textOf(county, '#calendar-saved')).toContain('已保存2027年的放假安排（国办发明电〔2026〕9号，第1版）');
    // The page reads the calendar again after saving.
    await expect.poll(() => textOf(county, '#calendar-notice')).toContain('放假安排已录入到2027年');
    await expect.poll(() => textOf(county, '#calendar-entered')).toContain('2027年：国办发明电〔2026〕9号（第1版）');
    await saveWholePage(county, 'staff-calendar-entered');
  });
});
