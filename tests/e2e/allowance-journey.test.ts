import { describe, expect, it } from 'vitest';
// Kept before the model imports: mongoose's inferred model types check differently when a model module comes first.
import { seededPortalSuite } from '../support/seeded-portal-suite';
import { residentIdFor } from '../../server/test-support/case-fixtures';
import { applicationModel } from '../../server/src/applications/application-model';
import { loadParameterFiles, paymentStart, toIsoDate } from '@ccs/shared';
import { openPhonePage } from '../support/launch-browser';
import {
  act,
  addChildOnPortal,
  answerLostContact,
  documentPhoto,
  fill,
  input,
  openCase,
  saveWholePage,
  signInFamilyOnPortal,
  signInStaffOnPortal,
  textOf,
  uploadDocumentOnPortal,
} from '../support/portal-pages';

const portal = seededPortalSuite();

/**
 * Issue 3's journey, every step in the browser: a parent applies for the de-facto unsupported child
 * allowance for a child already on 500 yuan of 低保; the village director verifies; the township forwards;
 * the county approves; the parent reads the decision and the 补差 amount on the timeline.
 */
describe('an allowance from the phone to the county and back', () => {
  it('parent applies → director verifies → township forwards → county approves → parent sees 已批准，每月 700 元', async () => {
    const parent = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(parent, portal.server, '13900000001');
    await parent.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await parent.locator('#home-entry-apply').click();
    await parent.locator('#screen-child').waitFor();
    await addChildOnPortal(parent, {
      name: '王小雨',
      residentId: residentIdFor('2016-08-08', '246'),
      relation: 'mother',
      villagePath: ['5201', '520123', '520123103', '520123103201'],
    });
    await parent.locator('#programme-deFactoUnsupportedAllowance').click();
    await parent.locator('#question-father-imprisoned').click();
    await answerLostContact(parent, 'mother');
    await parent.locator('#next').click();
    await parent.locator('#screen-questions-support').waitFor();
    await parent.locator('#question-familyAssistance-minimumLiving').click();
    await input(parent, 'question-assistanceMonthly').fill('500');
    await input(parent, 'question-disabilityLivingSubsidyMonthly').fill('0');
    await parent.locator('#screen-questions-support #next').click();
    await parent.locator('#screen-documents').waitFor();
    await uploadDocumentOnPortal(parent, 'hukouBook', await documentPhoto(portal.browser, '户口簿 王小雨'));
    await parent.locator('#screen-documents #next').click();
    await parent.locator('#screen-check').waitFor();
    expect(await textOf(parent, '#expected-amount')).toBe('标准 1200 元 − 现领低保 500 元 = 每月 700 元');
    await parent.locator('#consent').click();
    await parent.locator('#submit').click();
    await parent.locator('#screen-done').waitFor();
    const reference = /\d{6}-\d{4}-\d{6}/.exec(await textOf(parent, '#application-reference'))![0];
    expect(await textOf(parent, '#application-holder')).toContain('王秀英');
    await saveWholePage(parent, 'journey-1-parent-submitted');

    // The staff find the case in their queues by its row; the test learns its id from the reference the parent was given.
    const applicationId = (await applicationModel(portal.server.deps.db).findOne({ reference }).lean())!._id.toHexString();

    const director = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await openCase(director, applicationId);
    expect(await textOf(director, '#case-evaluation')).toContain('每月 700 元');
    // Who applied, so the director can call before the visit: the name given with the child, the relation, the phone.
    expect(await textOf(director, '#case-applicant-name')).toBe('张桂兰（孩子的母亲）');
    expect(await textOf(director, '#case-applicant-call')).toContain('13900000001');
    await saveWholePage(director, 'journey-2a-director-case-applicant');
    await director.locator('#action-verify').click();
    await fill(director, 'action-notes', '入户走访：孩子由外婆照料，父亲服刑、母亲失联属实，户口簿已核对。');
    const chooser = director.waitForEvent('filechooser');
    await director.locator('#visit-photo-take').click();
    await (await chooser).setFiles({ name: 'visit.png', mimeType: 'image/png', buffer: await documentPhoto(portal.browser, '入户走访 王小雨家') });
    await expect.poll(() => textOf(director, '#visit-photo-count')).toContain('已上传 1 张入户照片');
    await director.locator('#action-submit').click();
    await expect.poll(() => textOf(director, '#case-status')).toContain('乡镇（街道）审核中');
    expect(await textOf(director, '#case-documents')).toContain('入户核实照片');
    await saveWholePage(director, 'journey-2-director-verified');

    const supervisor = await signInStaffOnPortal(portal.browser, portal.server, 'supervisor103');
    await openCase(supervisor, applicationId);
    await act(supervisor, 'forward');
    await expect.poll(() => textOf(supervisor, '#case-status')).toContain('县民政局审批中');
    await saveWholePage(supervisor, 'journey-3-township-forwarded');

    const county = await signInStaffOnPortal(portal.browser, portal.server, 'county');
    await openCase(county, applicationId);
    await act(county, 'approve');
    await expect.poll(() => textOf(county, '#case-status')).toContain('已批准');
    await saveWholePage(county, 'journey-4-county-approved');

    await parent.goto(`${portal.server.baseUrl}/#/packages/family/pages/application/index?id=${applicationId}`);
    await parent.locator('#screen-application:visible').waitFor();
    const from = paymentStart(toIsoDate(new Date()), '520123103201', loadParameterFiles());
    await expect
      .poll(() => textOf(parent, '#grant-summary:visible'))
      .toBe(`已批准，每月 700 元，自${from.slice(0, 4)}年${Number(from.slice(5, 7))}月起发放`);
    const timeline = await textOf(parent, '#timeline:visible');
    for (const step of ['已提交申请', '儿童主任已入户核实', '乡镇（街道）已审核', '县民政局已批准']) expect(timeline).toContain(step);
    await saveWholePage(parent, 'journey-5-parent-sees-approval');
  }, 120_000);
});
