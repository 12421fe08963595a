import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../server/test-support/start-test-server';
import { loadRegions } from '../../server/src/regions/load-regions';
import { createStaffAccount } from '../../server/src/auth/create-staff-account';
import { launchBrowser, openPhonePage, saveScreenshot } from '../support/launch-browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  await loadRegions(server.deps.db, { provinces: ['52'], onlyWithin: '520123' });
  await createStaffAccount(server.deps, {
    username: 'supervisor103', password: 'Demo@2026', name: '周督导员', roles: ['childSupervisor'], regionScope: '520123103',
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the staff workbench on H5', () => {
  it('signs a township supervisor in and browses the villages of their township with the region picker', async () => {
    const page = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/#/packages/staff/pages/login/index`);
    await page.locator('#staff-username input, input#staff-username').first().fill('supervisor103');
    await page.locator('#staff-password input, input#staff-password').first().fill('Demo@2026');
    await page.locator('#staff-login').click();
    await page.locator('#staff-card').waitFor();
    expect(await page.locator('#staff-card').innerText()).toContain('儿童督导员');
    await page.locator('#region-520123103216').waitFor();
    const villages = await page.locator('.region-picker').innerText();
    for (const name of ['六广村', '龙窝村', '松江社区']) expect(villages).toContain(name);
    await page.locator('#region-520123103216').click();
    await expect.poll(() => page.locator('#region-selected').innerText().catch(() => '')).toContain('龙窝村');
    await saveScreenshot(page, 'staff-workbench-region-picker');
  });

  it('tells a staff member plainly when the password is wrong', async () => {
    const page = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/#/packages/staff/pages/login/index`);
    await page.locator('#staff-username input, input#staff-username').first().fill('supervisor103');
    await page.locator('#staff-password input, input#staff-password').first().fill('wrong');
    await page.locator('#staff-login').click();
    await expect.poll(() => page.locator('#staff-login-error').innerText().catch(() => '')).toContain('用户名或密码不对');
  });
});
