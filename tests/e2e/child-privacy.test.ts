import { describe, expect, it } from 'vitest';
import { agreeToChildPrivacy, submitApplication } from '../../server/test-support/case-fixtures';
import { addChild } from '../../server/test-support/agreement-fixtures';
import { openPhonePage } from '../support/launch-browser';
import { fill, saveWholePage, sessionTokenOf, signInFamilyOnPortal, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

describe('我的 → 隐私与个人信息', () => {
  it('a family deletes a child never submitted at once, withdraws its consent, and asks to delete a submitted one, which the director closes', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000081');
    const token = await sessionTokenOf(page);
    await agreeToChildPrivacy(portal.server, token);
    const draftOnly = await addChild(portal.server, token, { name: '王小草' });
    const { childId: submitted } = await submitApplication(portal.server, token);
    const shot = (name: string) => saveWholePage(page, `child-privacy-${name}`);

    await page.locator('#mine-privacy').click();
    // The page's first load waits for three answers: wait for the words, not a fixed time.
    await page.locator('#consent-status:visible', { hasText: '您已在' }).waitFor();

    // A child never submitted for anything goes at once.
    await page.locator('#data-request-open:visible').click();
    await page.locator(`#data-request-child-${draftOnly}`).click();
    await page.locator('#data-request-kind-delete').click();
    await shot('1-delete-form');
    await page.locator('#data-request-send').click();
    await expect.poll(() => textOf(page, '#privacy-said:visible')).toContain('已经删除');
    expect((await portal.api.get('/api/children', token)).body.children.map((c: { id: string }) => c.id)).toEqual([submitted]);

    // Withdrawing says first, in words on the page, what it changes.
    await page.locator('#withdraw-consent:visible').click();
    expect(await textOf(page, '#screen-withdraw')).toContain('已经提交的申请会继续办完');
    await shot('2-withdraw');
    await page.locator('#withdraw-confirm').click();
    await expect.poll(() => textOf(page, '#consent-status:visible')).toContain('撤回了同意');
    const draft = { childId: submitted, programme: 'orphanAllowance' };
    expect((await portal.api.call('POST', '/api/applications', { token, body: draft })).body.code).toBe('CONSENT_REQUIRED');

    // A child with a submitted application waits for the village's child director.
    await page.locator('#data-request-open:visible').click();
    await page.locator(`#data-request-child-${submitted}`).click();
    await page.locator('#data-request-kind-delete').click();
    await fill(page, 'data-request-note', '孩子已经跟妈妈去外地了，不办了');
    await page.locator('#data-request-send').click();
    await expect.poll(() => textOf(page, '#privacy-said:visible')).toContain('申请已经提交');
    await shot('3-requests');

    const director = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await director.locator('#staff-data-requests-link').click();
    await director.locator('[id^="data-request-"]:visible').first().click();
    await fill(director, 'data-request-outcome', '已撤回申请，孩子的材料按档案规定由县民政局保存');
    await director.locator('#data-request-close').click();
    await expect.poll(() => textOf(director, '#data-requests-said:visible')).toContain('已办完');
    await saveWholePage(director, 'child-privacy-4-director-closed');

    await page.reload();
    await page.locator('#data-requests:visible', { hasText: '已撤回申请' }).waitFor();
    await shot('5-family-reads-outcome');
  });

  it('a family reloading the privacy notice while reading it still lands back on the add-a-child form after agreeing', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000082');
    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/children/index`);
    await page.locator('#child-add').click();
    await page.locator('#child-consent-open:visible').click();
    await page.locator('#child-privacy-tick:visible').waitFor();
    // A weak signal: the page is loaded again, so the app has no page to go back to.
    await page.reload();
    await page.locator('#child-privacy-tick:visible').click();
    await page.locator('#child-privacy-agree:visible').click();
    await page.locator('#child-form:visible').waitFor();
    expect(page.url()).toContain('/packages/family/pages/children/index');
  });
});
