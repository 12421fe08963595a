import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { toIsoDate } from '../../shared/src/calendar/iso-date';
import type { TestServer } from '../../server/test-support/start-test-server';
import { loggedSmsCode } from '../../server/test-support/logged-sms-code';
import { openPhonePage, saveScreenshot } from './launch-browser';

/** NutUI wraps inputs: the id sits on the wrapper on H5, on the element itself elsewhere. */
export const input = (page: Page, id: string) => page.locator(`#${id} input, input#${id}`).first();
export const fill = (page: Page, id: string, text: string) =>
  page.locator(`#${id} textarea, textarea#${id}, #${id} input, input#${id}`).first().fill(text);
export const textOf = (page: Page, selector: string) => page.locator(selector).innerText().catch(() => '');

/**
 * The whole page, not just the first 640px: Taro's H5 page scrolls inside its own element, so the window
 * grows to the page's height for the picture and shrinks back after, keeping the window's width (a phone's or a desk's).
 */
export async function saveWholePage(page: Page, name: string): Promise<void> {
  // Wait for pages sliding in or out to settle: each page on show either fills the window or is off it.
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.taro_page')]
      .filter((element) => getComputedStyle(element).display !== 'none')
      .every((element) => {
        const { left, right } = element.getBoundingClientRect();
        return left === 0 || left >= window.innerWidth || right <= 0;
      }),
  );
  const height = await page.evaluate(() =>
    Math.max(640, ...[...document.querySelectorAll<HTMLElement>('.taro_page, body')].map((element) => element.scrollHeight)),
  );
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: Math.min(height, 6000) });
  await saveScreenshot(page, name);
  await page.setViewportSize(viewport);
}

/** A photo of a paper document as a phone takes it: a real PNG the page's canvas can decode and shrink. */
export async function documentPhoto(browser: Browser, label: string, size = { width: 640, height: 480 }): Promise<Buffer> {
  const page = await openPhonePage(browser);
  await page.setViewportSize(size);
  await page.setContent(`<div style="font-size:48px;padding:60px;height:100vh;background:#fde68a">${label}</div>`);
  const png = await page.screenshot({ clip: { x: 0, y: 0, ...size } });
  await page.context().close();
  return png;
}

/** A family signs in on 我的 with the SMS code the development server writes to its log. */
export async function signInFamilyOnPortal(page: Page, server: TestServer, phone: string): Promise<void> {
  await page.goto(`${server.baseUrl}/#/pages/mine/index`);
  await input(page, 'phone-input').fill(phone);
  await page.locator('#get-code').click();
  await expect.poll(() => loggedSmsCode(server, phone), { timeout: 10_000 }).toMatch(/^\d{6}$/);
  await input(page, 'code-input').fill(loggedSmsCode(server, phone)!);
  await page.locator('#sign-in-terms').click();
  await page.locator('#sms-login').click();
  await page.locator('#account-card').waitFor();
}

/**
 * The access token of the session signed in on the page, for setting up data over HTTP as the same person.
 * Signing in again over HTTP would ask for a second SMS code within the minute, which the server refuses.
 */
export async function sessionTokenOf(page: Page): Promise<string> {
  const stored = await page.evaluate(() => localStorage.getItem('ccs.session'));
  return (JSON.parse(stored!) as { data: { accessToken: string } }).data.accessToken;
}

/** A staff member signs in on a phone of their own and lands on 我的待办. */
export async function signInStaffOnPortal(browser: Browser, server: TestServer, username: string): Promise<Page> {
  const page = await openPhonePage(browser);
  await page.goto(`${server.baseUrl}/#/packages/staff/pages/login/index`);
  await input(page, 'staff-username').fill(username);
  await input(page, 'staff-password').fill('Demo@2026');
  await page.locator('#staff-login').click();
  await page.locator('#case-queue').waitFor();
  return page;
}

export async function openCase(page: Page, applicationId: string): Promise<void> {
  await page.locator(`#case-row-${applicationId}`).click();
  await page.locator('#case-status').waitFor();
}

/** Chooses an action on the case page, writes what it needs and confirms it. */
export async function act(page: Page, action: string, field?: { id: string; text: string }): Promise<void> {
  await page.locator(`#action-${action}`).click();
  if (field) await fill(page, field.id, field.text);
  await page.locator('#action-submit').click();
}

export interface ChildOnPortal {
  name: string;
  residentId: string;
  relation: string;
  /** The applicant's own name (张桂兰 unless told). */
  guardianName?: string;
  /** Region codes clicked in the picker, from the city down to the hukou village. */
  villagePath: string[];
}

/**
 * The child privacy notice agreed on its own page (opened from the child form's link, going back to the form as it
 * was left), the way a family that reads it in full agrees.
 */
export async function agreeToChildPrivacyOnPortal(page: Page, shot?: (name: string) => Promise<void>): Promise<void> {
  await page.locator('#child-consent-open:visible').click();
  await page.locator('#child-privacy-tick:visible').waitFor();
  if (shot) await shot('child-privacy');
  await page.locator('#child-privacy-tick:visible').click();
  await page.locator('#child-privacy-agree:visible').click();
  await page.locator('#child-form:visible').waitFor();
}

/** Fills the add-a-child form (the app's first screen for a family with no child yet) and saves it. */
export async function addChildOnPortal(page: Page, child: ChildOnPortal): Promise<void> {
  if (await page.locator('#child-add').isVisible()) await page.locator('#child-add').click();
  await page.locator('#child-form:visible').waitFor();
  await input(page, 'child-name').fill(child.name);
  await input(page, 'child-resident-id').fill(child.residentId);
  await page.locator(`#child-relation-${child.relation}`).click();
  await input(page, 'child-guardian-name').fill(child.guardianName ?? '张桂兰');
  for (const code of child.villagePath) await page.locator(`#region-${code}`).click();
  // Before the first child, the consent to the child privacy notice: its own tick on the form.
  if (await page.locator('#child-consent:visible').count()) await page.locator('#child-consent').click();
  await page.locator('#child-save').click();
}

/** Takes a photo for one document on the documents screen and waits until it is stored. */
export async function uploadDocumentOnPortal(page: Page, kind: string, photo: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`#document-${kind}-upload`).click();
  await (await chooser).setFiles({ name: `${kind}.png`, mimeType: 'image/png', buffer: photo });
  await page.locator(`#document-${kind}-provided`).waitFor({ timeout: 15_000 });
}

/**
 * Opens the app in 大字模式 (or the standard size) as a person who just chose it on this phone: call before the
 * first `goto`, or on a page already open, which then reloads. The choice counts as not yet saved on the account,
 * so a signed-in person's account takes it instead of overriding it. A later tap on the switch still counts.
 */
export async function setTextSize(page: Page, size: 'standard' | 'large'): Promise<void> {
  const choose = (chosen: string) => {
    localStorage.setItem('ccs.textSize', JSON.stringify({ data: chosen }));
    localStorage.setItem('ccs.textSize.unsaved', JSON.stringify({ data: true }));
  };
  await page.addInitScript(`if (localStorage.getItem('ccs.textSize') === null) (${choose.toString()})(${JSON.stringify(size)})`);
  if (!page.url().startsWith('http')) return;
  await page.evaluate(choose, size);
  await page.reload();
}

/**
 * Answers 失联 for a parent and since when: January of last year (Beijing time, as the app counts), long enough
 * to count as 失联 (6 months, definitions.lost_contact_min_months).
 */
export async function answerLostContact(page: Page, parent: 'father' | 'mother'): Promise<void> {
  const lastYear = Number(toIsoDate(new Date()).slice(0, 4)) - 1;
  await page.locator(`#question-${parent}-lostContact`).click();
  await page.locator(`#question-${parent}LostContactSince-year-${lastYear}`).click();
  await page.locator(`#question-${parent}LostContactSince-month-${lastYear}-01`).click();
}
