import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { residentIdFor } from '../../server/test-support/case-fixtures';
import { loggedSmsCode } from '../../server/test-support/logged-sms-code';
import { ARTIFACTS_DIR, openPhonePage } from '../support/launch-browser';
import { meterJourney, type TextSize } from '../support/journey-meter';
import { addChildOnPortal, input, saveWholePage, setTextSize, signInFamilyOnPortal, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';
import { drawSignature } from '../support/draw-signature';

const portal = seededPortalSuite();

/** The latest invitation SMS the test server's log sender recorded for a phone. */
function invitationSms(phone: string): { params: Record<string, string>; text: string } | undefined {
  const sent = portal.server.logLines.map((line) => line.sms as { phone: string; template: string; params: Record<string, string>; text: string } | undefined);
  return sent.reverse().find((sms) => sms?.template === 'caregiverInvitation' && sms.phone === phone);
}

/** Each text size has a family of its own, so one run's child and agreement do not meet the other's. */
const families: Record<TextSize, { parentPhone: string; child: { name: string; residentId: string }; caregiver: { name: string; residentId: string; phone: string } }> = {
  standard: {
    parentPhone: '13900000091',
    child: { name: '王小雨', residentId: residentIdFor('2016-08-08', '246') },
    caregiver: { name: '李桂兰', residentId: residentIdFor('1958-04-12', '224'), phone: '13900000077' },
  },
  large: {
    parentPhone: '13900000051',
    child: { name: '王小雪', residentId: residentIdFor('2016-08-08', '268') },
    caregiver: { name: '李桂芬', residentId: residentIdFor('1958-04-12', '246'), phone: '13900000078' },
  },
};
const textSizes: TextSize[] = ['standard', 'large'];

/**
 * Issue 4's journey on two phones: the mother drafts the agreement and invites the grandmother by link; the
 * grandmother signs in from the invitation, confirms who she is and signs by hand; the mother signs; the
 * village's child director archives it; the school's teacher opens the verification link.
 */
describe.each(textSizes)('an entrusted-care agreement from draft to the village archive, in %s text', (mode) => {
  it('parent drafts and invites → caregiver signs on her phone → parent signs → director archives → school verifies', async ({ task }) => {
    const { parentPhone, child, caregiver } = families[mode];
    const parent = await openPhonePage(portal.browser);
    const parentMeter = await meterJourney(parent, '签委托照护协议：家长', mode);
    await setTextSize(parent, mode);
    await signInFamilyOnPortal(parent, portal.server, parentPhone);
    await parent.goto(`${portal.server.baseUrl}/#/packages/family/pages/children/index`);
    await parent.locator('#child-add').click();
    await addChildOnPortal(parent, {
      ...child,
      relation: 'mother',
      villagePath: ['5201', '520123', '520123103', '520123103201'],
    });
    await expect.poll(() => textOf(parent, '#screen-children')).toContain(child.name);

    await parent.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await parent.locator('#home-entry-agreements').click();
    await parent.locator('#agreement-new').click();
    await parent.locator('#screen-draft-children').waitFor();
    await parent.locator('[id^="draft-child-"]').first().click();
    await parent.locator('#next').click();

    await parent.locator('#screen-draft-caregiver').waitFor();
    await input(parent, 'caregiver-name').fill(caregiver.name);
    await input(parent, 'caregiver-resident-id').fill(residentIdFor('2012-01-01', '224'));
    // In the screen's order: leaving the ID number shows its error above the choices, which move down under a tap.
    await input(parent, 'caregiver-phone').fill(caregiver.phone);
    await parent.locator('#caregiver-relation-grandparent').click();
    await parent.locator('#caregiver-declaration').click();
    await parent.locator('#next').click();
    // A child cannot be the caregiver: the form says so under the ID number and stays.
    expect(await textOf(parent, '#caregiver-resident-id-error')).toContain('不满18周岁');
    await input(parent, 'caregiver-resident-id').fill(caregiver.residentId);
    await saveWholePage(parent, `agreement-${mode}-1-parent-caregiver-screen`);
    await parent.locator('#next').click();

    await parent.locator('#screen-draft-parents').waitFor();
    // 下一步 with no parent says what is missing; ticking the mother takes the message away at once.
    await parent.locator('#next').click();
    expect(await textOf(parent, '#draft-parents-error')).toContain('请至少填写父亲或母亲一方');
    await parent.locator('#parent-mother').click();
    await expect.poll(() => parent.locator('#draft-parents-error:visible').count()).toBe(0);
    await input(parent, 'parent-mother-name').fill('王芳');
    await input(parent, 'parent-mother-phone').fill(parentPhone);
    await input(parent, 'parent-mother-work-place').fill('广东省东莞市长安镇某电子厂');
    await parent.locator('#next').click();

    await parent.locator('#screen-draft-contact').waitFor();
    await input(parent, 'contact-name').fill('王建国');
    await input(parent, 'contact-phone').fill('13900000066');
    await input(parent, 'contact-relation').fill('舅舅');
    await parent.locator('#next').click();
    await parent.locator('#screen-draft-duties').waitFor({ timeout: 15_000 });
    expect(await textOf(parent, '#agreement-duties')).toContain('溺水');
    await saveWholePage(parent, `agreement-${mode}-2-parent-reads-duties`);
    await parent.locator('#next').click();

    await parent.locator('#screen-agreement').waitFor();
    const agreementId = new URL(parent.url().replace('#/', '')).searchParams.get('id')!;
    await parent.locator('#invite').click();
    await parent.locator('#invite-qr').waitFor();
    const inviteLink = await textOf(parent, '#invite-link');
    expect(inviteLink).toContain('/#/packages/agreements/pages/invite/index?token=');
    // The SMS went to the grandmother's phone, as the approved template with masked names and a code; the panel says where.
    expect(await textOf(parent, '#invite-sms-sent')).toContain(`邀请短信已发到照护人的手机 ${caregiver.phone.slice(0, 3)}****${caregiver.phone.slice(-4)}`);
    const sms = invitationSms(caregiver.phone);
    expect(sms?.params).toMatchObject({ parent: '母亲王*', child: `${child.name[0]}*${child.name.at(-1)}` });
    expect(sms?.text).toContain(`输入${sms?.params.inviteCode}`);
    await saveWholePage(parent, `agreement-${mode}-3-parent-invites`);
    await parent.locator('#invite-panel').screenshot({ path: `${ARTIFACTS_DIR}/agreement-${mode}-3b-invite-panel.png` });

    // The grandmother, on her own phone, opens the link, signs in there and accepts.
    const grandmother = await openPhonePage(portal.browser);
    const caregiverMeter = await meterJourney(grandmother, '签委托照护协议：照护人', mode);
    await setTextSize(grandmother, mode);
    await grandmother.goto(inviteLink);
    await grandmother.locator('#invite-sign-in').waitFor();
    // Before anything else the invitation says who invites her, for which child and until when.
    await expect.poll(() => textOf(grandmother, '#invite-who')).toContain(`孩子的母亲王芳，请${caregiver.name}照顾孩子`);
    expect(await textOf(grandmother, '#invite-who')).toContain(`孩子：${child.name}`);
    expect(await textOf(grandmother, '#invite-who')).toMatch(/照顾的时间：\d{4}年\d{1,2}月\d{1,2}日 到 \d{4}年/);
    await saveWholePage(grandmother, `agreement-${mode}-3c-invitation`);
    // In standard text she turns 大字模式 on herself, on the invitation; in large text it is on already.
    if (mode === 'standard') {
      await grandmother.locator('#text-size-switch').click();
      await saveWholePage(grandmother, `agreement-${mode}-3d-invitation-large`);
    }
    await input(grandmother, 'phone-input').fill(caregiver.phone);
    await grandmother.locator('#get-code').click();
    await expect.poll(() => loggedSmsCode(portal.server, caregiver.phone), { timeout: 10_000 }).toMatch(/^\d{6}$/);
    await input(grandmother, 'code-input').fill(loggedSmsCode(portal.server, caregiver.phone)!);
    await grandmother.locator('#sign-in-terms').click();
    await grandmother.locator('#sms-login').click();
    await grandmother.locator('#invite-accept').click();
    await grandmother.locator('#screen-agreement').waitFor();
    await saveWholePage(grandmother, `agreement-${mode}-4-caregiver-reads-large`);
    await grandmother.locator('#agreement-caregiver').screenshot({ path: `${ARTIFACTS_DIR}/agreement-${mode}-4b-large-text.png` });
    await grandmother.locator('#sign-caregiver').click();
    await grandmother.locator('#screen-sign').waitFor();
    // Her name is shown; she confirms who she is by her ID number. Another person's number: the form says so and stays.
    expect(await textOf(grandmother, '#identity-name')).toContain(caregiver.name);
    await input(grandmother, 'identity-resident-id').fill(residentIdFor('1958-04-12', '202'));
    await drawSignature(grandmother);
    await grandmother.locator('#sign-submit').click();
    await expect.poll(() => textOf(grandmother, '#sign-error')).not.toBe('');
    await input(grandmother, 'identity-resident-id').fill(caregiver.residentId);
    await saveWholePage(grandmother, `agreement-${mode}-5-caregiver-signs`);
    await grandmother.locator('#sign-submit').click();
    await grandmother.locator('#screen-agreement:visible').waitFor();
    await expect.poll(() => textOf(grandmother, '#signature-caregiver:visible')).toContain(`${caregiver.name} 已于`);
    expect(await textOf(grandmother, '#agreement-hash:visible')).toMatch(/^[0-9a-f]{64}$/);
    // Issue 17: the caregiver signs in at most 3 minutes at the meter's stated pace.
    const caregiverCount = await caregiverMeter.finish(task.meta);
    expect(caregiverCount.minutes).toBeLessThanOrEqual(3);

    // The mother signs the same content on her phone.
    await parent.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/agreement/index?id=${agreementId}`);
    await parent.locator('#sign-parent:visible').click();
    await parent.locator('#screen-sign:visible').waitFor();
    await drawSignature(parent);
    await parent.locator('#sign-submit:visible').click();
    await expect.poll(() => textOf(parent, '#agreement-status:visible'), { timeout: 15_000 }).toContain('已签字');
    const verificationLink = await textOf(parent, '#verification-link:visible');
    expect(verificationLink).toContain('/#/packages/agreements/pages/verify/index?code=');
    await saveWholePage(parent, `agreement-${mode}-6-parent-signed-tell-school`);
    await parent.locator('#agreement-signatures:visible').screenshot({ path: `${ARTIFACTS_DIR}/agreement-${mode}-6b-signatures.png` });
    await parent.locator('#tell-school:visible').screenshot({ path: `${ARTIFACTS_DIR}/agreement-${mode}-6c-tell-school.png` });
    const archivedHash = await textOf(parent, '#agreement-hash:visible');
    // The 防伪码 a person types: 8 characters grouped 4 + 4, shown above the full hash (完整校验值).
    const checkCode = await textOf(parent, '#agreement-check-code:visible');
    expect(checkCode).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    await parentMeter.finish(task.meta);

    // Each party downloads the signed agreement from the agreement page: a PDF naming the child and both signers.
    await grandmother.reload();
    for (const [who, page] of [['parent', parent], ['caregiver', grandmother]] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#agreement-pdf:visible').click()]);
      const path = `${ARTIFACTS_DIR}/agreement-${mode}-6d-${who}.pdf`;
      await download.saveAs(path);
      expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
      expect(text).toContain(child.name);
      expect(text).toContain(caregiver.name);
    }
    await saveWholePage(grandmother, `agreement-${mode}-6e-caregiver-pdf-button`);

    const director = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await director.locator('#staff-agreements-link').click();
    await director.locator('#screen-staff-agreements').waitFor();
    await director.locator(`#acknowledge-${agreementId}`).click();
    await director.locator('#filings-done').waitFor();
    await expect.poll(() => textOf(director, '#coverage')).toContain(`${child.name}：有协议`);
    // The archived agreement moves at once to 已存档的协议, where the director can later record a visit's finding.
    await expect.poll(() => textOf(director, '#agreements-in-force')).toContain(child.name);
    await saveWholePage(director, `agreement-${mode}-7-director-archived`);

    await parent.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/list/index`);
    await expect.poll(() => textOf(parent, `#agreement-${agreementId}:visible`)).toContain('已存档');
    await saveWholePage(parent, `agreement-${mode}-7b-parent-list-archived`);

    const teacher = await openPhonePage(portal.browser);
    await teacher.goto(verificationLink);
    await expect.poll(() => textOf(teacher, '#verify-result')).toContain('协议真实有效');
    const page = await textOf(teacher, '#screen-verify');
    expect(page).not.toContain(caregiver.residentId);
    // A copy whose printed code differs (one character changed) does not match; the real one does.
    const tampered = `${archivedHash.slice(0, -1)}${archivedHash.endsWith('0') ? '1' : '0'}`;
    await input(teacher, 'verify-copy-hash').fill(tampered);
    await teacher.locator('#verify-compare').click();
    await expect.poll(() => textOf(teacher, '#verify-copy-result')).toContain('不一致');
    await input(teacher, 'verify-copy-hash').fill(archivedHash);
    await teacher.locator('#verify-compare').click();
    await expect.poll(() => textOf(teacher, '#verify-copy-result')).toContain('一致：');
    // The teacher types the 防伪码 as read off the paper, in small letters without the dash; a 0 misread is explained.
    expect(await textOf(teacher, '#verify-check-code')).toBe(checkCode);
    const typed = checkCode.replace('-', '').toLowerCase();
    await input(teacher, 'verify-copy-hash').fill(`${typed.slice(0, -1)}0`);
    await teacher.locator('#verify-compare').click();
    await expect.poll(() => textOf(teacher, '#verify-copy-error')).toContain('防伪码里没有数字0、1');
    await input(teacher, 'verify-copy-hash').fill(typed);
    await teacher.locator('#verify-compare').click();
    await expect.poll(() => textOf(teacher, '#verify-copy-result')).toContain('一致：');
    await expect.poll(() => teacher.locator('#verify-copy-error').count()).toBe(0);
    await saveWholePage(teacher, `agreement-${mode}-8-school-verifies`);
  }, 240_000);
});
