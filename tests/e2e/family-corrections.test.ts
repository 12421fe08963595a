import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { deFactoFacts, startDraft, submitApplication } from '../../server/test-support/case-fixtures';
import { randomUUID } from 'node:crypto';
import { addChild, draftFor } from '../../server/test-support/agreement-fixtures';
import { drawSignature } from '../support/draw-signature';
import { openPhonePage } from '../support/launch-browser';
import { documentPhoto, input, saveWholePage, sessionTokenOf, signInFamilyOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/** The element with keyboard and screen-reader focus, and where the top of a title sits in the window. */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const topOf = (page: Page, selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top);

describe('a family corrects its mistakes on the H5 portal', () => {
  it('edits a child, removes one added by mistake, and is told why a child with a submitted application stays', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000151');
    const token = await sessionTokenOf(page);
    const mistaken = await addChild(portal.server, token, { name: '王小错' });
    const { childId: kept, response } = await submitApplication(portal.server, token);
    const shot = (name: string) => saveWholePage(page, `family-corrections-${name}`);

    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/children/index`);

    // A save with nothing filled in: the page moves to a list of what to fix, each a link to its field.
    await page.locator('#child-add').click();
    await page.locator('#child-save').click();
    await expect.poll(() => focusedId(page)).toBe('child-error-summary');
    const summary = await textOf(page, '#child-error-summary');
    for (const problem of ['请填写孩子的姓名', '请填写孩子的身份证号码', '请选择您是孩子的什么人', '请填写您的姓名', '请一级一级选到']) expect(summary).toContain(problem);
    await shot('0-error-summary');
    await page.locator('#child-error-summary-child-resident-id').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#child-resident-id') !== null)).toBe(true);
    await page.locator('#child-cancel').click();

    await page.locator(`#child-${mistaken}-edit`).click();
    expect(await textOf(page, '#child-resident-id-kept')).toContain('没有填错就不用再填');
    await input(page, 'child-name').fill('王小对');
    await shot('1-edit');
    await page.locator('#child-save').click();
    await expect.poll(() => textOf(page, `#child-${mistaken} .family__title`)).toBe('王小对');

    await page.locator(`#child-${mistaken}-remove`).click();
    expect(await textOf(page, `#child-${mistaken}-remove-confirm`)).toContain('确定删除王小对吗');
    await page.locator(`#child-${mistaken}-remove-yes`).click();
    await expect.poll(() => page.locator(`#child-${mistaken}`).count()).toBe(0);
    expect((await portal.api.get('/api/children', token)).body.children.map((c: { id: string }) => c.id)).toEqual([kept]);

    await page.locator(`#child-${kept}-remove`).click();
    await page.locator(`#child-${kept}-remove-yes`).click();
    await expect.poll(() => textOf(page, `#child-${kept}-error`)).toContain(`编号 ${response.body.reference}`);
    expect(await textOf(page, `#child-${kept}-error`)).toContain('不能删除孩子');
    await shot('2-removal-refused');
  }, 120_000);

  it('a PDF chosen as a document photo is refused with what is accepted; after submitting, 申请已提交 opens at its top with focus on its title', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000152');
    const token = await sessionTokenOf(page);
    const { assistanceMonthly: _asked, ...facts } = deFactoFacts;
    const applicationId = await startDraft(portal.server, token, { facts });
    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/application-form/index?applicationId=${applicationId}`);
    // A sum of money opens the phone's number pad, not the full keyboard.
    await page.locator('#screen-questions-support').waitFor();
    expect(await input(page, 'question-assistanceMonthly').getAttribute('inputmode')).toBe('decimal');
    await input(page, 'question-assistanceMonthly').fill('500');
    await page.locator('#screen-questions-support #next').click();
    await page.locator('#screen-documents').waitFor();

    const chooser = page.waitForEvent('filechooser');
    await page.locator('#document-hukouBook-upload').click();
    await (await chooser).setFiles({ name: '户口簿.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await expect.poll(() => textOf(page, '#document-hukouBook-refused')).toContain('“户口簿.pdf”不是照片');
    expect(await textOf(page, '#document-hukouBook-refused')).toContain('只能上传照片：用手机拍的照片，或相册里的图片');
    await saveWholePage(page, 'family-corrections-3-pdf-refused');

    const photo = page.waitForEvent('filechooser');
    await page.locator('#document-hukouBook-upload').click();
    await (await photo).setFiles({ name: 'hukou.png', mimeType: 'image/png', buffer: await documentPhoto(portal.browser, '户口簿') });
    await page.locator('#document-hukouBook-provided').waitFor({ timeout: 15_000 });
    expect(await page.locator('#document-hukouBook-refused').count()).toBe(0);

    await page.locator('#screen-documents #next').click();
    await page.locator('#screen-check').waitFor();
    // The notice's version in words, not the code the server records ("2026-11-v1").
    expect(await textOf(page, '#consent-version')).toMatch(/^个人信息处理说明（\d{4}年\d{1,2}月版）$/);
    await page.locator('#consent').click();
    await page.locator('#submit').click();
    await page.locator('#screen-done').waitFor();
    await expect.poll(() => focusedId(page)).toBe('done-title');
    const top = await topOf(page, '#done-title');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  }, 120_000);

  it('权益自测: step 2 opens at its top with focus on its title after the hukou county is chosen', async () => {
    const page = await openPhonePage(portal.browser);
    await page.goto(`${portal.server.baseUrl}/#/packages/services/pages/check/index`);
    await page.locator('[id^="check-screen-"]').first().waitFor();
    const first = await page.locator('[id^="check-screen-"]:visible').first().getAttribute('id');
    await page.locator('#age-by-years').click();
    await input(page, 'question-ageYears').fill('9');
    await page.locator('#check-next').scrollIntoViewIfNeeded();
    await page.locator('#check-next').click();
    await expect.poll(() => page.locator('[id^="check-screen-"]:visible').first().getAttribute('id')).not.toBe(first);
    await expect.poll(() => focusedId(page)).toBe('check-title');
    const top = await topOf(page, '#check-title');
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  }, 120_000);

  it('马上申请 from the 权益自测 asks which child, and a 6-year-old’s answers do not land on a real 10-year-old: the mismatch is said on the programme list, before any question or photo; unanswered questions are listed at the top', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000153');
    const token = await sessionTokenOf(page);
    const zhangWei = await addChild(portal.server, token, { name: '张伟', birthDate: '2016-05-05' });
    // What the check leaves on the phone when 马上申请 is tapped: a 6-year-old in 学前教育 with a hearing disability.
    const handover = {
      programme: 'childRehabilitation',
      facts: { schooling: 'preschool', disability: { kind: 'hearing', grade: 2 } },
      hukou: null,
      residence: null,
      described: { ageYears: 6 },
    };
    await page.evaluate((data) => localStorage.setItem('ccs.check.handover', JSON.stringify({ data })), handover);
    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/apply/index?from=check`);
    expect(await textOf(page, '#handover-notice:visible')).toContain('自测说的是哪个孩子');
    await page.locator(`#child-${zhangWei}:visible`).click();

    await expect.poll(() => textOf(page, '#check-mismatch:visible')).toContain('6周岁的孩子，张伟现10周岁');
    expect(await page.locator('#screen-programme:visible').count()).toBe(1);
    expect(await textOf(page, '#screen-programme:visible')).toContain('可能不符合');
    expect((await portal.api.get('/api/applications', token)).body.applications).toEqual([]);
    await saveWholePage(page, 'family-corrections-4-check-mismatch');

    // Applying for 张伟 anyway starts from the questions, not from the photos; skipping them lists what to answer.
    await page.locator('#programme-deFactoUnsupportedAllowance:visible').click();
    await page.locator('#screen-questions-parents:visible').waitFor();
    await page.locator('#screen-questions-parents #next').click();
    await expect.poll(() => focusedId(page)).toBe('questions-error-summary');
    expect(await textOf(page, '#questions-error-summary')).toContain('父亲现在的情况：请选择一项');
    await saveWholePage(page, 'family-corrections-5-questions-error-summary');
  }, 120_000);

  it('signing: 请先在方框里写下您的名字 goes once a name is written, and the agreement opens at its top saying 签好了 and what happens next', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000154');
    const token = await sessionTokenOf(page);
    const childId = await addChild(portal.server, token, { name: '李小花' });
    const agreementId = randomUUID();
    expect((await portal.api.call('PUT', `/api/agreements/${agreementId}`, { token, body: draftFor([childId]) })).status).toBe(201);

    // The caregiver's identity box carries its label only, never NutUI's 请输入内容.
    await page.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/sign/index?id=${agreementId}&party=caregiver`);
    await input(page, 'identity-resident-id').waitFor();
    expect(await page.locator('input[placeholder="请输入内容"]').count()).toBe(0);

    await page.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/agreement/index?id=${agreementId}`);
    await page.locator('#sign-parent:visible').click();
    await page.locator('#screen-sign:visible').waitFor();
    await page.locator('#sign-submit:visible').click();
    await expect.poll(() => textOf(page, '#signature-pad-error:visible')).toContain('请先在方框里写下您的名字');
    await drawSignature(page);
    await expect.poll(() => page.locator('#signature-pad-error:visible').count()).toBe(0);
    await page.locator('#sign-submit:visible').click();

    await expect.poll(() => textOf(page, '#signed-notice:visible')).toContain('还要等照护人签字');
    expect(await textOf(page, '#signed-title:visible')).toBe('签好了');
    await expect.poll(() => focusedId(page)).toBe('signed-title');
    expect(await topOf(page, '#signed-title:visible')).toBeLessThan(200);
    await saveWholePage(page, 'family-corrections-6-signed');
  }, 120_000);
});

