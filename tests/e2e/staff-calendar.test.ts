import { describe, expect, it } from 'vitest';
import { statutoryFestivals, toIsoDate } from '@ccs/shared';
import { holidayYear2027 } from '../../server/test-support/holiday-year-fixtures';
import { openPhonePage } from '../support/launch-browser';
import { fill, saveWholePage, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';
import { spreadsheetTemplate } from '../../server/src/spreadsheets/spreadsheet-template';

/** The county's own data entered on the workbench without a release: the holiday calendar, and the figures. */
const portal = seededPortalSuite();

/** Issue 20 §1: the administrator imports a roster; a new member's first sign-in must set their own password. */
describe('工作人员账号 on the administrator’s workbench', () => {
  const roster = (rows: string[][]) =>
    spreadsheetTemplate('花名册', ['姓名', '手机号', '岗位/角色', '村/乡镇/县', '用户名'].map((header) => ({ header })), rows);
  const upload = async (page: import('playwright-core').Page, file: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#roster-upload').click();
    await (await chooser).setFiles({ name: '花名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  };

  it('shows each refused row and imports nothing, then imports the corrected roster; the newcomer sets a password first', async () => {
    const admin = await signInStaffOnPortal(portal.browser, portal.server, 'admin');
    await admin.locator('#staff-accounts-link').click();
    await admin.locator('#accounts-list').waitFor();
    const rows = [['龙窝村主任', '13500000201', '儿童主任', '六广镇龙窝村', 'longwo']];
    await upload(admin, await roster([...rows, ['督导员', '13500000202', '儿童督导员', '六广镇龙窝村', 'liuguang-2']]));
    await expect.poll(() => textOf(admin, '#import-summary')).toBe('有1行不对，一个账号也没有导入。请按下面的说明改好表格，再上传一次。');
    expect(await textOf(admin, '#import-row-3')).toContain('✗ 村/乡镇/县：儿童督导员只能设在乡镇（街道）');
    await saveWholePage(admin, 'staff-accounts-import-refused');

    await upload(admin, await roster([...rows, ['督导员', '13500000202', '儿童督导员', '六广镇', 'liuguang-2']]));
    await expect.poll(() => textOf(admin, '#import-summary')).toContain('已导入2个账号');
    const password = /临时密码：(\w+)/.exec(await textOf(admin, '#import-row-2'))![1]!;
    await expect.poll(() => textOf(admin, '#account-longwo')).toContain('还没有设置自己的密码');
    await saveWholePage(admin, 'staff-accounts-imported');

    const newcomer = await portal.browser.newPage({ viewport: { width: 360, height: 640 } });
    await newcomer.goto(`${portal.server.baseUrl}/#/packages/staff/pages/login/index`);
    await fill(newcomer, 'staff-username', 'longwo');
    await fill(newcomer, 'staff-password', password);
    await newcomer.locator('#staff-login').click();
    await newcomer.locator('#password-required').waitFor();
    await fill(newcomer, 'password-current', password);
    await fill(newcomer, 'password-new', 'longwo');
    await fill(newcomer, 'password-again', 'longwo');
    await newcomer.locator('#password-save').click();
    await expect.poll(() => textOf(newcomer, '#password-error')).toContain('密码至少8位');
    await saveWholePage(newcomer, 'staff-password-first-sign-in');
    await fill(newcomer, 'password-new', 'Longwo2026');
    await fill(newcomer, 'password-again', 'Longwo2026');
    await newcomer.locator('#password-save').click();
    await newcomer.locator('#case-queue').waitFor();
  });
});

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

/** Issue 20 §3: the county's administrator enters its own 低保 standard, and a family's 权益自测 shows it at once. */
describe('标准和金额 on the administrator’s workbench', () => {
  it('replaces the Guiyang placeholder with the county’s own standard, previewed, and the family’s check reads it', async () => {
    // A pupil of a rural 低保 family in 六广村, as the check leaves the answers on the phone.
    const family = await openPhonePage(portal.browser);
    const answers = { birthDate: '2016-03-10', hukouRegion: '520123103201', residenceRegion: '520123103201', household: 'rural', familyAssistance: 'minimumLiving', schooling: 'compulsory', enrolled: true, father: 'atHome', mother: 'atHome', disability: null };
    const residence = { code: '520123103201', label: '六广村' };
    await family.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await family.evaluate((data) => localStorage.setItem('ccs.check.answers', JSON.stringify({ data })), { answers, hukou: residence, residence, screen: 'results' });
    const grant = '[id="entitlement-gz.special-hardship-grant-amount"]';
    await family.goto(`${portal.server.baseUrl}/#/packages/services/pages/check/index`);
    await expect.poll(() => textOf(family, grant)).toBe('当地农村低保标准 600 元 × 30% = 每月 180 元');
    expect(await textOf(family, `${grant.replace('-amount', '-note')}`)).toBe('本地标准尚待录入，金额仅供参考');

    const admin = await signInStaffOnPortal(portal.browser, portal.server, 'admin');
    await admin.locator('#staff-figures-link').click();
    const rural = '#figure-benefits-minimum_living_standard-rural';
    await admin.locator(`${rural}-placeholder`).waitFor();
    await admin.locator(`${rural}-add`).click();
    await fill(admin, 'figure-value', '700');
    await fill(admin, 'figure-from', toIsoDate(new Date()));
    await fill(admin, 'figure-document', '修民发〔2026〕18号');
    await admin.locator('#figure-preview').click();
    await expect.poll(() => textOf(admin, '#figure-preview-result')).toContain('已批准的 0 件，金额在批准时已经定下，不受影响。');
    await saveWholePage(admin, 'staff-figures-preview');
    await admin.locator('#figure-save').click();
    await expect.poll(() => textOf(admin, '#figure-saved')).toContain('依据 修民发〔2026〕18号');
    await expect.poll(() => textOf(admin, `${rural}-in-force`)).toContain('现行：700 元/人·月');
    expect(await admin.locator(`${rural}-placeholder`).count()).toBe(0);
    expect(await textOf(admin, rural)).toContain('依据 修民发〔2026〕18号，');
    await saveWholePage(admin, 'staff-figures-entered');

    // No release: the family's check asks the API for 六广村's figures again and shows the county's own.
    await family.reload();
    await expect.poll(() => textOf(family, grant)).toBe('当地农村低保标准 700 元 × 30% = 每月 210 元');
    expect(await family.locator(grant.replace('-amount', '-note')).count()).toBe(0);
    await saveWholePage(family, 'services-check-county-standard');
  });
});
