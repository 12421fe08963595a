import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInFamily, startDraft, submitDraft } from '../../server/test-support/case-fixtures';
import { auditPage } from '../support/audit-page';
import { saveScreenshot } from '../support/launch-browser';
import { fill, input, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();
/** A case 王芳 submits now: the latest in 六广村's director's queue, so it leads when sorted by 提交时间. */
let latest: string;

beforeAll(async () => {
  const family = await signInFamily(portal.server, '13900000001');
  latest = await startDraft(portal.server, family);
  expect((await submitDraft(portal.server, family, latest)).status).toBe('villageVerification');
}, 120_000);

/** The director at a desk: the portal in a 1280×800 window, as an office PC's browser shows it. */
async function signInAtDesk(): Promise<Page> {
  const context = await portal.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${portal.server.baseUrl}/#/packages/staff/pages/login/index`);
  await input(page, 'staff-username').fill('director01');
  await input(page, 'staff-password').fill('Demo@2026');
  await page.locator('#staff-login').click();
  await page.locator('#case-table [role="row"][id^="queue-row-"]').first().waitFor();
  return page;
}

const rowIds = (page: Page) => page.locator('#case-table [id^="queue-row-"]').evaluateAll((rows) => rows.map((row) => row.id.replace('queue-row-', '')));
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the staff workbench at a desk (1280×800) and on a phone (360×640)', () => {
  it('keeps the phone’s cards on a phone: no table, no pane, a case opens on its own page', async () => {
    // First, while both of the director's cases are in the queue (the desk below acts on one).
    const page = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await page.locator(`#case-row-${latest}`).waitFor();
    expect(await page.locator('#case-table, #case-pane').count()).toBe(0);
    expect(await page.locator('#case-queue .case-row.card').count()).toBeGreaterThanOrEqual(2);
    // The filter chips scroll sideways in one line, as before.
    expect(await page.locator('.chips__row').first().evaluate((row) => getComputedStyle(row).whiteSpace)).toBe('nowrap');
    await saveScreenshot(page, 'staff-desk-phone-360');
    expect((await auditPage(page, 'standard')).violations).toEqual([]);
    await page.locator(`#case-row-${latest}`).click();
    await page.locator('#case-status').waitFor();
    expect(page.url()).toContain(`case/index?id=${latest}`);
  });

  it('shows the queue as a sortable table at the phone’s type size, opens a case beside it by keyboard, and acts there', async () => {
    const page = await signInAtDesk();
    // The phone's type, not Taro's doubled root font; the queue and the first cases in view without scrolling.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    const header = await textOf(page, '#case-table [role="row"]:first-child');
    for (const column of ['编号', '儿童', '项目', '办理环节', '截止日期', '提交时间']) expect(header).toContain(column);
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const firstRow = (await page.locator(`#queue-row-${ids[0]}`).boundingBox())!;
    expect(firstRow.y + firstRow.height).toBeLessThan(800);
    expect(await textOf(page, `#queue-row-${latest}`)).toContain('小明');

    // Sorting is the server's: latest submitted first, then back to earliest due.
    await page.locator('#case-sort-submitted').click();
    await expect.poll(async () => (await rowIds(page))[0]).toBe(latest);
    expect(await page.locator('#case-sort-submitted').locator('xpath=..').getAttribute('aria-sort')).toBe('descending');
    await page.locator('#case-sort-due').click();
    await expect.poll(() => rowIds(page)).toEqual(ids);

    // Keyboard: one row in the Tab order, ↓/j and ↑/k move, Enter opens the case in the pane.
    await page.locator(`#queue-row-${ids[0]}`).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedId(page)).toBe(`queue-row-${ids[1]}`);
    await page.keyboard.press('k');
    expect(await focusedId(page)).toBe(`queue-row-${ids[0]}`);
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, '#case-pane #case-status')).toContain('村（居）儿童主任核实中');
    expect(await page.locator(`#queue-row-${ids[1]}`).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#case-table').isVisible()).toBe(true);
    await saveScreenshot(page, 'staff-desk-1280');
    // Tab leaves the table (no trap) and reaches the case's actions.
    let reached = '';
    for (let presses = 0; presses < 40 && !reached.startsWith('action-'); presses++) {
      await page.keyboard.press('Tab');
      reached = await focusedId(page);
    }
    expect(reached).toBe('action-verify');
    const audit = await auditPage(page, 'standard');
    expect(audit.violations).toEqual([]);
    expect(audit.tapsWithoutRole).toEqual([]);

    // Acting in the pane: the case moves on to the township and leaves this queue, which reloads by itself.
    await page.keyboard.press('Enter');
    await fill(page, 'action-notes', '入户走访：情况属实。');
    await page.locator('#action-submit').click();
    await expect.poll(() => textOf(page, '#case-pane #case-status')).toContain('乡镇（街道）审核中');
    await expect.poll(() => rowIds(page)).toEqual(ids.filter((id) => id !== ids[1]));

    // Another staff page uses the width with a bound instead of stretching full-bleed.
    await page.locator('#staff-agreements-link').click();
    await page.locator('#screen-staff-agreements').waitFor();
    // Centred once it has slid in: (1280 − 800) / 2.
    await expect.poll(async () => (await page.locator('#screen-staff-agreements').boundingBox())?.x).toBe(240);
    expect((await page.locator('#screen-staff-agreements').boundingBox())!.width).toBe(800);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    await saveScreenshot(page, 'staff-desk-1280-agreements');
  });
});
