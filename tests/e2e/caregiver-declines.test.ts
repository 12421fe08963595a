import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addChild, draftFor } from '../../server/test-support/agreement-fixtures';
import { openPhonePage } from '../support/launch-browser';
import { input, saveWholePage, sessionTokenOf, signInFamilyOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();
const parentPhone = '13900000093';
/** The caregiver's phone in `draftFor`. */
const caregiverPhone = '13900000021';

/**
 * The grandmother gets the invitation by SMS, types its code in the app, reads who asks her and says she cannot:
 * the mother's agreement says so in plain words and starts a new one for someone else from it.
 */
describe('a caregiver who cannot care says so', () => {
  it('SMS code → invitation → 我照顾不了 with a reason → the parent reads it and asks someone else', async () => {
    const parent = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(parent, portal.server, parentPhone);
    const parentToken = await sessionTokenOf(parent);
    const agreementId = randomUUID();
    const draft = draftFor([await addChild(portal.server, parentToken, { name: '王小竹' })]);
    expect((await portal.api.put(`/api/agreements/${agreementId}`, draft, parentToken)).status).toBe(201);
    expect((await portal.api.post(`/api/agreements/${agreementId}/invitation`, {}, parentToken)).status).toBe(201);
    const sms = portal.server.logLines
      .map((line) => line.sms as { phone: string; template: string; params: Record<string, string> } | undefined)
      .find((each) => each?.template === 'caregiverInvitation' && each.phone === caregiverPhone);
    const code = sms!.params.inviteCode!;

    // As the SMS says: 委托照护协议 → 我有邀请码 → the code, typed in small letters without its dash.
    const grandmother = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(grandmother, portal.server, caregiverPhone);
    await grandmother.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/list/index`);
    await grandmother.locator('#invitation-code-link').click();
    await input(grandmother, 'invite-code').fill(code.replace('-', '').toLowerCase());
    await grandmother.locator('#invite-code-open').click();
    await expect.poll(() => textOf(grandmother, '#invite-who:visible')).toContain('孩子的母亲王芳，请王桂兰照顾孩子');
    await grandmother.locator('#invite-decline-start:visible').click();
    await grandmother.locator('#decline-reason-health:visible').click();
    await saveWholePage(grandmother, 'caregiver-declines-1-reason');
    await grandmother.locator('#invite-decline:visible').click();
    await expect.poll(() => textOf(grandmother, '#invite-declined:visible')).toContain('已经告诉孩子的父母了');
    await saveWholePage(grandmother, 'caregiver-declines-2-told');

    await parent.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/agreement/index?id=${agreementId}`);
    await expect.poll(() => textOf(parent, '#agreement-declined:visible')).toContain('王桂兰没有答应照顾孩子');
    const notice = await textOf(parent, '#agreement-declined:visible');
    expect(notice).toContain('原因：身体不好，照顾不了');
    expect(notice).toContain('请另请一位照护人');
    expect(await textOf(parent, '#agreement-status:visible')).toBe('照护人没有答应');
    // Nothing left to sign or invite on it.
    expect(await parent.locator('#invite:visible, #sign-parent:visible').count()).toBe(0);
    await saveWholePage(parent, 'caregiver-declines-3-parent-reads');
    await parent.locator('#ask-another-caregiver:visible').click();
    await expect.poll(() => textOf(parent, '#draft-from:visible')).toContain('另请一位照护人');
    // The children come along; the caregiver is left to fill in.
    await expect.poll(() => parent.locator('[id^="draft-child-"][aria-checked="true"]:visible').count()).toBe(1);
    await parent.locator('#next:visible').click();
    await parent.locator('#screen-draft-caregiver:visible').waitFor();
    expect(await input(parent, 'caregiver-name').inputValue()).toBe('');
    await saveWholePage(parent, 'caregiver-declines-4-ask-another');
  }, 180_000);
});
