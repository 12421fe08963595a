import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signInFamily, startDraft, submitDraft } from '../../server/test-support/case-fixtures';
import { uploadPhoto } from '../../server/test-support/document-fixtures';
import { applicationModel } from '../../server/src/applications/application-model';
import { saveScreenshot } from '../support/launch-browser';
import { act, documentPhoto, openCase, saveWholePage, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();
let family: string;

beforeAll(async () => {
  // 王芳 signs in with the SMS code from the portal.server log, as the app would after she types it.
  family = await signInFamily(portal.server, '13900000001');
}, 120_000);

/**
 * The issue's journey over the HTTP API, as 王芳's app does it: 事实无人抚养, father imprisoned, mother lost
 * contact, 500 yuan of 低保 a month, hukou in 六广村; with a photo of the 户口簿 when asked.
 */
async function submittedCase({ withPhoto = false } = {}): Promise<string> {
  const applicationId = await startDraft(portal.server, family);
  if (withPhoto) {
    const upload = await uploadPhoto(portal.server, family, { applicationId, kind: 'hukouBook', bytes: await documentPhoto(portal.browser, '户口簿 第1页'), contentType: 'image/png' });
    expect(upload.status).toBe(201);
  }
  expect((await submitDraft(portal.server, family, applicationId)).status).toBe('villageVerification');
  return applicationId;
}

const signInAs = (username: string): Promise<Page> => signInStaffOnPortal(portal.browser, portal.server, username);

describe('the staff workbench: a de-facto unsupported allowance from village to county', () => {
  it('director verifies after refusing a return without a reason, supervisor forwards, county approves 700 yuan a month', async () => {
    const applicationId = await submittedCase({ withPhoto: true });
    // Another case whose village step ran past its time limit: it leads the queue, marked in words.
    const lateId = await submittedCase();
    await applicationModel(portal.server.deps.db).updateOne({ _id: lateId }, { $set: { dueDate: '2026-01-05' } });

    const director = await signInAs('director01');
    const row = director.locator(`#case-row-${applicationId}`);
    await row.waitFor();
    const firstRow = director.locator('#case-queue [id^="case-row-"]').first();
    expect(await firstRow.getAttribute('id')).toBe(`case-row-${lateId}`);
    expect(await firstRow.innerText()).toContain('已超期');
    expect(await row.innerText()).not.toContain('已超期');
    expect(await textOf(director, '#case-queue-count')).toContain('其中 1 件已超期');
    const rowText = await row.innerText();
    for (const words of ['小明', '事实无人抚养儿童基本生活补贴', '村（居）儿童主任核实中', '六广村', '截止', '还缺 3 份']) expect(rowText).toContain(words);
    await saveWholePage(director, 'staff-cases-queue');

    // Filters are chips on the page: another programme hides the case, 全部 brings it back.
    await director.locator('#filter-programme-orphanAllowance').click();
    await expect.poll(() => textOf(director, '#case-queue-count')).toContain('共 0 件');
    expect(await row.count()).toBe(0);
    await director.locator('#filter-programme-all').click();
    await row.waitFor();

    await openCase(director, applicationId);
    const facts = await textOf(director, '#case-facts');
    for (const words of ['父亲现在的情况', '服刑在押', '母亲现在的情况', '失联', '享受低保', '每月 500 元', '没有残疾']) expect(facts).toContain(words);
    expect(await textOf(director, '#case-child')).toMatch(/身份证号码：520123\d{11}[\dX]/);
    expect(await textOf(director, '#case-evaluation')).toContain('标准 1200 元 − 现领低保 500 元 = 每月 700 元');
    const documents = await textOf(director, '#case-documents');
    expect(documents).toContain('户口簿');
    expect(documents).toContain('还缺 3 份');
    expect(documents).toContain('判决书或服刑证明');
    // The thumbnail is the real photo, fetched with the staff member's token.
    await expect.poll(() => director.locator('#case-documents img').evaluate((img: HTMLImageElement) => img.naturalWidth).catch(() => 0)).toBeGreaterThan(0);
    expect(await textOf(director, '#case-history')).toContain('已提交申请');
    await saveWholePage(director, 'staff-case-page');

    // A return without a reason is stopped on the page, before anything is sent.
    await act(director, 'return');
    await expect.poll(() => textOf(director, '#action-error')).toContain('请写明原因');
    expect(await textOf(director, '#case-status')).toContain('村（居）儿童主任核实中');
    await saveScreenshot(director, 'staff-case-return-needs-reason');
    await director.locator('#action-cancel').click();

    await act(director, 'verify', { id: 'action-notes', text: '入户走访：孩子由奶奶照料，父亲服刑属实，母亲失联两年。' });
    await expect.poll(() => textOf(director, '#case-status')).toContain('乡镇（街道）审核中');
    expect(await textOf(director, '#action-done')).toContain('已核实完成，报乡镇审核');
    expect(await textOf(director, '#case-history')).toContain('父亲服刑属实');
    expect(await director.locator('#action-verify').count()).toBe(0);

    const supervisor = await signInAs('supervisor103');
    await openCase(supervisor, applicationId);
    await act(supervisor, 'forward');
    await expect.poll(() => textOf(supervisor, '#case-status')).toContain('县民政局审批中');

    const county = await signInAs('county');
    await openCase(county, applicationId);
    await act(county, 'approve');
    await expect.poll(() => textOf(county, '#case-status')).toContain('已批准');
    expect(await textOf(county, '#case-grant')).toContain('每月 700 元');
    await saveWholePage(county, 'staff-case-approved');

    // 一人一档: the grant and the director's visit are in the child's file.
    await county.locator('#child-file-link').click();
    await county.locator('#child-file').waitFor();
    await expect.poll(() => textOf(county, '#child-grants')).toContain('每月 700 元');
    expect(await textOf(county, '#child-visits')).toContain('父亲服刑属实');
    await saveWholePage(county, 'staff-child-file');
  });

  it('tells the second of two people acting on the same case that it has just changed, and refreshes on request', async () => {
    const applicationId = await submittedCase();
    const first = await signInAs('director01');
    await openCase(first, applicationId);
    const second = await first.context().newPage();
    await second.goto(first.url());
    await second.locator('#case-status').waitFor();

    await act(first, 'verify', { id: 'action-notes', text: '入户走访：情况属实。' });
    await expect.poll(() => textOf(first, '#case-status')).toContain('乡镇（街道）审核中');

    await act(second, 'return', { id: 'action-reason', text: '请补拍户口簿' });
    await expect.poll(() => textOf(second, '#action-error')).toContain('刚刚被其他人处理过');
    expect(await textOf(second, '#case-status')).toContain('村（居）儿童主任核实中');
    await saveScreenshot(second, 'staff-case-stale');
    await second.locator('#action-refresh').click();
    await expect.poll(() => textOf(second, '#case-status')).toContain('乡镇（街道）审核中');
    expect(await textOf(second, '#case-actions')).toContain('不在您这里办理');
    expect(await second.locator('#action-error').count()).toBe(0);

    // The same at the township: two pages of one supervisor, the second acts on what it showed before the first forwarded.
    const supervisor = await signInAs('supervisor103');
    await supervisor.goto(`${portal.server.baseUrl}/#/packages/staff/pages/case/index?id=${applicationId}`);
    await supervisor.locator('#case-status').waitFor();
    const supervisorTwin = await supervisor.context().newPage();
    await supervisorTwin.goto(supervisor.url());
    await supervisorTwin.locator('#case-status').waitFor();
    await act(supervisor, 'forward');
    await expect.poll(() => textOf(supervisor, '#case-status')).toContain('县民政局审批中');
    await act(supervisorTwin, 'reject', { id: 'action-reason', text: '不符合条件' });
    await expect.poll(() => textOf(supervisorTwin, '#action-error')).toContain('刚刚被其他人处理过');
    expect(await supervisorTwin.locator('#action-refresh').count()).toBe(1);
  });
});
