import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SIGN_IN_TERMS_VERSION } from '@ccs/shared';
import { startDraft } from '../../server/test-support/case-fixtures';
import { addChild, signedAgreement } from '../../server/test-support/agreement-fixtures';
import { loggedSmsCode } from '../../server/test-support/logged-sms-code';
import { accountModel } from '../../server/src/auth/account-model';
import { openPhonePage } from '../support/launch-browser';
import { documentPhoto, input, saveWholePage, sessionTokenOf, setTextSize, signInFamilyOnPortal, signInStaffOnPortal, textOf, uploadDocumentOnPortal } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/**
 * Buttons, links, choices and cards on show whose words do not fit inside them: more text than the box holds
 * across (scrollWidth) or down (scrollHeight), so part of the label is cut off or spills over the edge.
 */
const clippedLabels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.nut-button, [role=button], [role=link], [role=checkbox], [role=radio]')]
      .filter((element) => element.getBoundingClientRect().width > 0 && element.checkVisibility({ visibilityProperty: true }))
      .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
      .map((element) => `#${element.id} "${(element.textContent ?? '').trim().slice(0, 12)}" ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`),
  );

/** Opens a route as a fresh load (a hash change right after a reload can reach the page without its query) and waits for it. */
async function openRoute(page: Page, route: string, ready: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${portal.server.baseUrl}/#/${route}`);
  await page.locator(`${ready}:visible`).first().waitFor({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => /正在(加载|打开)/.test(document.body.innerText))).toBe(false);
}

describe('looks a family trusts (issue 17)', () => {
  it('大字模式 at 320 px: 打电话 and 回家看望 on the contact log, and every button on the family pages, keep their words whole', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000301');
    const token = await sessionTokenOf(page);
    const { id: agreementId } = await signedAgreement(portal.server, token, { caregiverPhone: '13900000302' });
    const draftId = await startDraft(portal.server, token, { facts: {} });

    const routes: [string, string][] = [
      [`packages/agreements/pages/agreement/index?id=${agreementId}`, '#contact-card'],
      ['pages/index/index', '#home-entry-apply'],
      ['pages/mine/index', '#my-children'],
      ['packages/family/pages/applications/index', '#screen-applications'],
      ['packages/agreements/pages/list/index', '#screen-agreements'],
      [`packages/family/pages/application-form/index?applicationId=${draftId}`, '[id^="screen-questions-"]'],
    ];
    const found: string[] = [];
    for (const [width, size] of [[360, 'standard'], [360, 'large'], [320, 'standard'], [320, 'large']] as const) {
      await page.setViewportSize({ width, height: 640 });
      await setTextSize(page, size);
      for (const [route, ready] of routes) {
        await openRoute(page, route, ready);
        for (const clipped of await clippedLabels(page)) found.push(`${width}px ${size} ${route.split('?')[0]}: ${clipped}`);
      }
    }
    expect(found).toEqual([]);

    // The contact log's three buttons all show, whole, at 320 px in 大字模式 (the last size set above).
    await openRoute(page, `packages/agreements/pages/agreement/index?id=${agreementId}`, '#contact-card');
    for (const [id, label] of [['contact-phone', '打电话'], ['contact-visit', '回家看望']]) {
      expect(await textOf(page, `#${id}:visible`)).toBe(label);
    }
    await page.locator('#contact-card:visible').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${process.env.LOOKS_SHOTS_DIR ?? 'tests/artifacts'}/looks-contact-log-320-large.png` });
  }, 240_000);

  it('home and services show a picture for each kind of service; cards that open something show a chevron; a chosen category is filled in', async () => {
    const page = await openPhonePage(portal.browser);
    await page.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await page.locator('#home-entry-apply').waitFor();
    for (const key of ['apply', 'agreements', 'services', 'applications']) {
      expect(await page.locator(`#home-entry-${key} .home__entry-icon .nut-icon`).count()).toBe(1);
      // The picture is beside the words, not instead of them: screen readers skip it.
      expect(await page.locator(`#home-entry-${key} .home__entry-icon`).getAttribute('aria-hidden')).toBe('true');
    }
    await page.screenshot({ path: 'tests/artifacts/looks-home.png' });
    // H5 has no WeChat back button: a tab page has no back link, a sub-page does, and it goes back.
    expect(await page.locator('#back-link:visible').count()).toBe(0);

    await page.locator('#home-entry-services').click();
    expect(await textOf(page, '#back-link:visible')).toBe('‹ 返回');
    for (const code of ['5201', '520123', '520123103', '520123103201']) await page.locator(`#region-${code}`).click();
    const education = page.locator('#category-education');
    await education.waitFor();
    expect(await page.locator('[id^="category-"] .category-icon .nut-icon').count()).toBeGreaterThanOrEqual(5);
    expect(await education.getAttribute('aria-expanded')).toBe('false');
    const before = await education.evaluate((element) => getComputedStyle(element).backgroundColor);
    await education.click();
    expect(await education.getAttribute('aria-expanded')).toBe('true');
    // Filled in with the primary blue and white words, not only a thinner change of colour.
    expect(await education.evaluate((element) => [getComputedStyle(element).backgroundColor, getComputedStyle(element).color])).toEqual(['rgb(21, 89, 179)', 'rgb(255, 255, 255)']);
    expect(before).toBe('rgb(255, 255, 255)');
    const item = page.locator('[id^="item-"]:visible').first();
    await item.waitFor();
    expect(await item.locator('.category-icon .nut-icon').count()).toBe(1);
    // The chevron that says the card opens a page.
    expect(await item.evaluate((element) => getComputedStyle(element, '::after').borderTopWidth)).toBe('3px');
    expect((await item.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: 'tests/artifacts/looks-services.png' });

    await page.locator('#back-link:visible').click();
    await page.locator('#home-entry-apply:visible').waitFor();
  }, 120_000);

  it('empty lists say what to do next with the button to do it; a family sees the photo it sent and can remove it', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000311');
    await page.locator('#children-empty').waitFor();
    expect(await textOf(page, '#children-empty')).toContain('还没有添加孩子。');
    await page.locator('#my-children').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/artifacts/looks-my-children-empty.png' });
    await page.locator('#children-empty #mine-children-manage').click();
    await page.locator('#screen-children:visible').waitFor();

    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/applications/index`);
    await page.locator('#applications-empty').waitFor();
    expect(await textOf(page, '#applications-empty')).toContain('还没有申请。');
    expect(await page.locator('#new-application').count()).toBe(1);
    await page.locator('#applications-empty #new-application').click();
    await page.locator('#screen-child:visible').waitFor();

    await page.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/list/index`);
    await page.locator('#agreements-empty').waitFor();
    expect(await textOf(page, '#agreements-empty')).toContain('还没有协议。');
    await page.locator('#agreements-empty #agreement-new').click();
    await page.locator('#screen-draft-children:visible').waitFor();

    // Two children: the agreement's first step lets several be chosen, drawn as tick boxes.
    const token = await sessionTokenOf(page);
    const applicationId = await startDraft(portal.server, token, { facts: {} });
    await addChild(portal.server, token, { name: '王小红' });
    await page.reload();
    const choices = page.locator('[id^="draft-child-"]:visible');
    await expect.poll(() => choices.count()).toBe(2);
    for (const choice of await choices.all()) {
      expect(await choice.getAttribute('role')).toBe('checkbox');
      await choice.click();
      expect(await choice.getAttribute('aria-checked')).toBe('true');
      expect(await choice.locator('.choice__mark').innerText()).toBe('✓');
    }

    await page.goto(`${portal.server.baseUrl}/#/pages/mine/index`);
    await page.locator('[id^="mine-child-"]').first().waitFor();
    await page.locator('#my-children').scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'tests/artifacts/looks-my-children-filled.png' });

    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/application-form/index?applicationId=${applicationId}`);
    await page.locator('[id^="screen-questions-"]:visible').waitFor();
    await page.screenshot({ path: 'tests/artifacts/looks-question.png' });
    expect(await textOf(page, '#back-link:visible')).toBe('‹ 返回');

    // A draft with every question answered opens at its photos.
    const answered = await startDraft(portal.server, token);
    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/application-form/index?applicationId=${answered}`);
    await page.locator('#screen-documents:visible').waitFor();
    // A photo sent shows small under its document; removed, the document is missing again.
    const kind = (await page.locator('[id^="document-"][id$="-upload"]').first().getAttribute('id'))!.replace(/^document-|-upload$/g, '');
    await uploadDocumentOnPortal(page, kind, await documentPhoto(portal.browser, '户口簿'));
    const photo = page.locator(`#document-${kind} [id^="photo-"] img`);
    await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0).catch(() => false), { timeout: 15_000 }).toBe(true);
    await page.locator(`#document-${kind} [id$="-remove"]`).click();
    await expect.poll(() => page.locator(`#document-${kind} [id^="photo-"]`).count()).toBe(0);
    expect(await textOf(page, `#document-${kind}`)).toContain('还没有上传');
    expect((await portal.api.get(`/api/applications/${answered}`, token)).body.documents).toEqual([]);
  }, 180_000);

  it('the sign-in asks agreement to 服务协议 and 个人信息处理说明, each on its own page, and refuses until it is ticked', async () => {
    const page = await openPhonePage(portal.browser);
    const phone = '13900000321';
    await page.goto(`${portal.server.baseUrl}/#/pages/mine/index`);
    await page.locator('#terms-privacy-link').click();
    expect(await textOf(page, '#screen-terms-privacy #terms-title')).toBe('个人信息处理说明');
    expect(await textOf(page, '#screen-terms-privacy')).toContain('儿童个人信息保护说明');
    await page.locator('#screen-terms-privacy #back-link').click();
    await page.locator('#terms-service-link').click();
    expect(await textOf(page, '#screen-terms-service #terms-title')).toBe('服务协议');
    await page.locator('#screen-terms-service #back-link').click();

    await input(page, 'phone-input').fill(phone);
    await page.locator('#get-code').click();
    await expect.poll(() => loggedSmsCode(portal.server, phone), { timeout: 10_000 }).toMatch(/^\d{6}$/);
    await input(page, 'code-input').fill(loggedSmsCode(portal.server, phone)!);
    await page.locator('#sms-login').click();
    await expect.poll(() => textOf(page, '#sms-error')).toBe('请先勾选同意《服务协议》和《个人信息处理说明》，再登录。');
    expect(await page.locator('#account-card').count()).toBe(0);
    expect(await page.locator('#sign-in-terms').getAttribute('aria-checked')).toBe('false');
    await page.screenshot({ path: 'tests/artifacts/looks-sign-in.png' });

    await page.locator('#sign-in-terms').click();
    expect(await page.locator('#sms-error').count()).toBe(0);
    await page.locator('#sms-login').click();
    await page.locator('#account-card').waitFor();
    const account = await accountModel(portal.server.deps.db).findOne({ _id: JSON.parse((await page.evaluate(() => localStorage.getItem('ccs.session')))!).data.account.id }).lean();
    expect(account?.termsAgreed?.version).toBe(SIGN_IN_TERMS_VERSION);
  }, 120_000);

  it('a staff queue with nothing in it says so and offers the way back to every case', async () => {
    const director = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await director.locator('#filter-programme-hivChildAllowance').click();
    await director.locator('#case-queue-empty').waitFor();
    expect(await textOf(director, '#case-queue-empty')).toContain('这样筛选没有待办的申请');
    await director.locator('#case-queue-show-all').click();
    await expect.poll(() => director.locator('[id^="case-row-"]').count()).toBeGreaterThan(0);
    expect(await director.locator('#case-queue-empty').count()).toBe(0);
    await saveWholePage(director, 'looks-staff-queue');
  }, 120_000);
});
