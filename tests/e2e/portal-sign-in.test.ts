import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../server/test-support/start-test-server';
import { loggedSmsCode } from '../../server/test-support/logged-sms-code';
import { launchBrowser, openPhonePage, saveScreenshot } from '../support/launch-browser';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const loggedCode = (phone: string) => loggedSmsCode(server, phone)!;

describe('the H5 family portal', () => {
  it('lets a parent sign in with a phone number and SMS code and land on the home page', async () => {
    const page = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/#/pages/mine/index`);
    await page.locator('#phone-input input, input#phone-input').first().fill('13900000011');
    await page.locator('#get-code').click();
    await expect.poll(() => loggedCode('13900000011'), { timeout: 10_000 }).toMatch(/^\d{6}$/);
    await page.locator('#code-input input, input#code-input').first().fill(loggedCode('13900000011')!);
    await saveScreenshot(page, 'portal-sign-in-form');
    await page.locator('#sign-in-terms').click();
    await page.locator('#sms-login').click();
    await page.locator('#account-card').waitFor();
    expect(await page.locator('#account-card').innerText()).toContain('139****0011');
    await saveScreenshot(page, 'portal-mine-signed-in');

    await page.goto(`${server.baseUrl}/#/pages/index/index`);
    await page.locator('#home-entry-apply').waitFor();
    const home = await page.locator('body').innerText();
    for (const entry of ['申请补贴', '委托照护协议', '服务清单', '我的申请']) expect(home).toContain(entry);
    await saveScreenshot(page, 'portal-home');
  });

  it('shows the server’s Chinese message when the code is wrong', async () => {
    const page = await openPhonePage(browser);
    await page.goto(`${server.baseUrl}/#/pages/mine/index`);
    await page.locator('#phone-input input, input#phone-input').first().fill('13900000012');
    await page.locator('#get-code').click();
    await expect.poll(() => loggedCode('13900000012'), { timeout: 10_000 }).toMatch(/^\d{6}$/);
    const wrong = loggedCode('13900000012') === '000000' ? '111111' : '000000';
    await page.locator('#code-input input, input#code-input').first().fill(wrong);
    await page.locator('#sign-in-terms').click();
    await page.locator('#sms-login').click();
    await expect.poll(() => page.locator('#sms-error').innerText().catch(() => '')).toContain('验证码不对');
    await saveScreenshot(page, 'portal-sign-in-wrong-code');
  });
});
