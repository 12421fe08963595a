import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CONSENT_VERSION, residentIdCheckCharacter } from '@ccs/shared';
import { httpClient } from '../../server/test-support/http-client';
import { deFactoFacts, signInStaff, submitApplication } from '../../server/test-support/case-fixtures';
import { openPhonePage } from '../support/launch-browser';
import { meterJourney, type TextSize } from '../support/journey-meter';
import { answerLostContact, documentPhoto, input, saveWholePage, sessionTokenOf, setTextSize, signInFamilyOnPortal, uploadDocumentOnPortal } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/** Each text size applies as a family of its own, so one run's child and draft do not meet the other's. */
const families: Record<TextSize, { phone: string; first17: string }> = {
  standard: { phone: '13900000071', first17: '52012320150601123' },
  large: { phone: '13900000031', first17: '52012320150601135' },
};
const textSizes: TextSize[] = ['standard', 'large'];

/** The screen on show: old pages stay in the DOM hidden on H5, so only the visible one counts. */
const screenOf = (page: Page) => page.locator('[id^="screen-"]:visible').first().getAttribute('id');
const saveScreenshot = saveWholePage;
const signIn = (page: Page, phone: string) => signInFamilyOnPortal(page, portal.server, phone);

describe.each(textSizes)('a family applies on the H5 portal in %s text', (mode) => {
  it('signs in, adds a child and applies for the de-facto unsupported child allowance with every document, in at most 8 screens from the programme', async ({ task }) => {
    const { phone, first17 } = families[mode];
    const residentId = first17 + residentIdCheckCharacter(first17);
    const wrongCheck = first17 + (residentIdCheckCharacter(first17) === '0' ? '1' : '0');
    const page = await openPhonePage(portal.browser);
    const shot = (name: string) => saveScreenshot(page, `family-apply-${mode}-${name}`);
    const meter = await meterJourney(page, '申请事实无人抚养儿童基本生活补贴', mode);
    await setTextSize(page, mode);
    await signIn(page, phone);

    await page.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await page.locator('#home-entry-apply').click();
    await page.locator('#screen-child').waitFor();

    if (await page.locator('#child-add').isVisible()) await page.locator('#child-add').click();

    // Add the child: a wrong check digit is explained in place, in Chinese.
    await page.locator('#child-form:visible').waitFor();
    await input(page, 'child-name').fill('王小明');
    // The test's deliberate mistakes are asserted with the meter paused: what is timed is a family's happy path.
    await meter.pause();
    await input(page, 'child-resident-id').fill(wrongCheck);
    // Leaving the box says it at once (the message moves the button down, so the save is tapped after it shows).
    await input(page, 'child-resident-id').blur();
    await expect.poll(() => page.locator('#child-resident-id-error').innerText().catch(() => '')).toContain('校验码不对');
    await page.locator('#child-save').click();
    await page.locator('#child-error-summary').waitFor();
    await expect.poll(() => page.locator('#child-resident-id-error').innerText().catch(() => '')).toContain('校验码不对');
    await shot('01-child-id-error');
    // That save also said what else was missing; each message goes as soon as its field is answered.
    expect(await page.locator('#child-relation-error:visible').innerText()).toContain('请选择您是孩子的什么人');
    expect(await page.locator('#child-guardian-name-error:visible').innerText()).toContain('请填写您的姓名');
    expect(await page.locator('#child-hukou-error:visible').innerText()).toContain('请一级一级选到');
    // Before the first child, the consent to the child privacy notice: a tick of its own that nobody else sets.
    expect(await page.locator('#child-consent-error:visible').innerText()).toContain('请先勾选');
    expect(await page.locator('#child-consent').getAttribute('aria-checked')).toBe('false');
    expect(await page.locator('#child-consent').innerText()).toContain('我已阅读并同意《儿童个人信息保护说明》');
    await meter.resume();
    await input(page, 'child-resident-id').fill(residentId);
    await expect.poll(() => page.locator('#child-birth').innerText().catch(() => '')).toContain('2015年6月1日');
    await page.locator('#child-relation-grandparent').click();
    await expect.poll(() => page.locator('#child-relation-error:visible').count()).toBe(0);
    await input(page, 'child-guardian-name').fill('王桂芳');
    for (const code of ['5201', '520123', '520123103', '520123103201']) await page.locator(`#region-${code}`).click();
    await expect.poll(() => page.locator('#child-hukou-chosen').innerText().catch(() => '')).toContain('六广村');
    await expect.poll(() => page.locator('#child-hukou-error:visible').count()).toBe(0);
    await page.locator('#child-consent').click();
    await expect.poll(() => page.locator('#child-consent-error:visible').count()).toBe(0);
    await shot('02-child-form');
    await page.locator('#child-save').click();

    // From the programme choice to the submission, every screen is counted.
    const screens: string[] = [];
    const arrive = async (id: string) => {
      await page.locator(`#${id}`).waitFor();
      expect(await screenOf(page)).toBe(id);
      screens.push(id);
    };

    await arrive('screen-programme');
    expect(await page.locator('[id^="programme-"]').count()).toBe(9);
    await shot('03-programmes');
    await page.locator('#programme-deFactoUnsupportedAllowance').click();

    await arrive('screen-questions-parents');
    await page.locator('#question-father-imprisoned').click();
    await answerLostContact(page, 'mother');
    await shot('04-parents');
    await page.locator('#next').click();

    await arrive('screen-questions-support');
    // A reload loses nothing: the saved parents' answers bring the family back to this screen.
    await page.reload();
    await page.locator('#screen-questions-support').waitFor();
    await page.locator('#question-familyAssistance-minimumLiving').click();
    await input(page, 'question-assistanceMonthly').fill('500');
    await input(page, 'question-disabilityLivingSubsidyMonthly').fill('0');
    await shot('05-support');
    await page.locator('#screen-questions-support #next').click();

    await arrive('screen-documents');
    const documents = await page.locator('#document-list').innerText();
    for (const label of ['户口簿', '父亲：判决书或服刑证明', '母亲：公安机关出具的报警回执', '低保或特困供养证明']) expect(documents).toContain(label);
    // With the documents at hand, the family photographs all four.
    for (const [kind, label] of [['hukouBook', '户口簿'], ['imprisonmentProof', '判决书'], ['lostContactProof', '报警回执'], ['assistanceCertificate', '低保证']]) {
      await uploadDocumentOnPortal(page, kind!, await documentPhoto(portal.browser, label!));
    }
    await shot('06-documents');
    await page.locator('#screen-documents #next').click();

    await arrive('screen-check');
    expect(await page.locator('#expected-amount').innerText()).toBe('标准 1200 元 − 现领低保 500 元 = 每月 700 元');
    expect(await page.locator('#answer-father').innerText()).toBe('服刑在押');
    expect(await page.locator('#answer-mother').innerText()).toBe('失联');
    expect(await page.locator('#answer-assistanceMonthly').innerText()).toBe('每月 500 元');
    expect(await page.locator('#documents-missing').innerText()).toContain('需要的材料照片都已上传');
    await meter.pause();
    await page.locator('#submit').click();
    await expect.poll(() => page.locator('#submit-error').innerText().catch(() => '')).toContain('请先勾选');
    await meter.resume();
    await page.locator('#consent').click();
    await shot('07-check');
    await page.locator('#submit').click();

    await page.locator('#screen-done').waitFor();
    // The journey the docs time ends here, at the reference number; what follows checks what the family sees after.
    const count = await meter.finish(task.meta);
    console.log(`journey meter (${mode}): ${count.screens.length} screens, ${count.fieldsTyped} fields (${count.keys} keys), ${count.taps} taps, ${count.photos} photos = ${count.minutes} min`);
    expect(count).toMatchObject({ photos: 4, signatures: 0 });
    // Issue 17's budget for the whole journey, counted at the meter's stated pace (not measured time).
    expect(count.screens.length).toBeLessThanOrEqual(8);
    expect(count.minutes).toBeLessThanOrEqual(8);
    console.log(`de-facto unsupported flow, programme choice to submission: ${screens.length} screens (${screens.join(' → ')})`);
    expect(screens.length).toBeLessThanOrEqual(8);
    expect(await page.locator('#application-reference').innerText()).toMatch(/\S{6,}/);
    expect(await page.locator('#application-holder').innerText()).toContain('王秀英');
    expect(await page.locator('#application-holder').innerText()).toContain('儿童主任');
    expect(await page.locator('#application-due').innerText()).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    expect(await page.locator('#expected-timeline').innerText()).toContain('县民政局审批');
    await shot('08-done');

    await page.locator('#view-application').click();
    await page.locator('#screen-application:visible').waitFor();
    expect(await page.locator('#application-status').innerText()).toContain('儿童主任核实中');
    expect(await page.locator('#timeline-entry-0').innerText()).toContain('已提交申请');
    await shot('09-application');

    await page.goto(`${portal.server.baseUrl}/#/pages/mine/index`);
    await expect.poll(() => page.locator('#my-children').innerText().catch(() => '')).toContain('王小明');
    await shot('10-mine');
    // 我的 → 隐私与个人信息: the consent with its date, and where to withdraw it or ask for a correction.
    await page.locator('#mine-privacy').click();
    const status = page.locator('#consent-status:visible', { hasText: '您已在' });
    await status.waitFor();
    expect(await status.innerText()).toMatch(/您已在\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}同意/);
    expect(await page.locator('#withdraw-consent:visible').count()).toBe(1);
    await shot('11-privacy');
  });
});

describe('a family whose application comes back', () => {
  it('shows a returned application with the reason, and the family edits and resubmits it', async () => {
    const page = await openPhonePage(portal.browser);
    await signIn(page, '13900000021');
    const token = await sessionTokenOf(page);
    const { applicationId } = await submitApplication(portal.server, token, { sequence: '457' });

    const staff = await signInStaff(portal.server, 'director01');
    const api = httpClient(portal.server.baseUrl);
    const seen = await portal.api.get(`/api/staff/cases/${applicationId}`, staff);
    const reason = '户口簿照片看不清，请重新拍一张清楚的';
    const returned = await portal.api.post(`/api/staff/cases/${applicationId}/transitions`, { action: 'return', expectedVersion: seen.body.version, reason }, staff);
    expect(returned.status).toBe(200);

    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/applications/index`);
    await page.locator(`#application-${applicationId}`).click();
    await page.locator('#screen-application:visible').waitFor();
    expect(await page.locator('#application-status').innerText()).toBe('需要补充材料');
    expect(await page.locator('#return-reason').innerText()).toContain(reason);
    expect(await page.locator('#timeline').innerText()).toContain(reason);
    await saveScreenshot(page, 'family-returned-01-application');

    await page.locator('#resubmit').click();
    await page.locator('#screen-check').waitFor();
    expect(await page.locator('#screen-check #return-reason').innerText()).toContain(reason);
    await page.locator('#go-documents').click();
    await page.locator('#screen-documents').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#document-hukouBook-upload').click();
    await (await chooser).setFiles({ name: 'hukou.png', mimeType: 'image/png', buffer: await documentPhoto(portal.browser, '户口簿 重新拍的') });
    await page.locator('#document-hukouBook-provided').waitFor({ timeout: 15_000 });
    await page.locator('#screen-documents #next').click();
    await page.locator('#screen-check').waitFor();
    await page.locator('#consent').click();
    await saveScreenshot(page, 'family-returned-02-check');
    await page.locator('#submit').click();

    await page.locator('#screen-done').waitFor();
    expect(await page.locator('#application-holder').innerText()).toContain('王秀英');
    await page.locator('#view-application').click();
    await page.locator('#screen-application:visible').waitFor();
    const timeline = page.locator('#timeline:visible');
    await expect.poll(() => timeline.innerText()).toContain('补充材料后重新提交');
    for (const step of ['已提交申请', '退回给家长补充材料']) expect(await timeline.innerText()).toContain(step);
    expect(await page.locator('#timeline-entry-2:visible').innerText()).toContain('补充材料后重新提交');
    expect(await page.locator('#application-status:visible').innerText()).toContain('儿童主任核实中');
    await saveScreenshot(page, 'family-returned-03-timeline');
  });
});

describe('a family whose child’s hukou is in another province (issue 20 §4)', () => {
  it('adds the child with its hukou county and address, applies where it lives, and reads where the case was sent', async () => {
    const page = await openPhonePage(portal.browser);
    await signIn(page, '13900000091');
    await page.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await page.locator('#home-entry-apply').click();
    await page.locator('#screen-child').waitFor();
    await page.locator('#child-form:visible').waitFor();
    const first17 = '53010220160505123';
    await input(page, 'child-name').fill('李小云');
    await input(page, 'child-resident-id').fill(first17 + residentIdCheckCharacter(first17));
    await page.locator('#child-relation-mother').click();
    await input(page, 'child-guardian-name').fill('李春');
    await page.locator('#child-hukou-other-province').click();
    for (const code of ['53', '5301', '530102']) await page.locator(`#region-${code}`).click();
    await expect.poll(() => page.locator('#child-hukou-chosen').innerText().catch(() => '')).toBe('云南省 昆明市 五华区');
    await input(page, 'child-hukou-address').fill('云南省昆明市五华区护国街道文明街12号');
    for (const code of ['5201', '520123', '520123001', '520123001001']) await page.locator(`#region-${code}`).click();
    expect(await page.locator('#child-handover-note').innerText()).toContain('跨省通办');
    await page.locator('#child-consent').click();
    await saveScreenshot(page, 'family-other-province-01-child');
    await page.locator('#child-save').click();

    const token = await sessionTokenOf(page);
    const childNamed = async () => (await portal.api.get('/api/children', token)).body.children.find((c: { name: string }) => c.name === '李小云');
    await expect.poll(childNamed, { timeout: 15_000 }).toBeTruthy();
    const child = await childNamed();
    expect(child).toMatchObject({ hukouRegion: { code: '530102' }, hukouAddress: '云南省昆明市五华区护国街道文明街12号' });
    const draft = await portal.api.post('/api/applications', { childId: child.id, programme: 'deFactoUnsupportedAllowance', facts: deFactoFacts }, token);
    const submitted = await portal.api.call('POST', `/api/applications/${draft.body.id}/submit`, {
      token, headers: { 'idempotency-key': `other-province-${draft.body.id}` }, body: { consent: { version: CONSENT_VERSION, agreed: true } },
    });
    expect(submitted.body.status).toBe('crossRegionHandover');
    const supervisor = await signInStaff(portal.server, 'supervisor001');
    const sent = await portal.api.post(`/api/staff/cases/${draft.body.id}/transitions`, { action: 'handOver', expectedVersion: submitted.body.version }, supervisor);
    expect(sent.body.status).toBe('handedOver');

    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/application/index?id=${draft.body.id}`);
    const timeline = page.locator('#timeline:visible');
    await expect.poll(() => timeline.innerText().catch(() => '')).toContain('跨省通办：已转交户籍地（云南省昆明市五华区民政局）办理，户籍地应于');
    expect(await page.locator('#application-status:visible').innerText()).toContain('等待户籍地答复');
    await saveScreenshot(page, 'family-other-province-02-timeline');
  }, 90_000);
});
