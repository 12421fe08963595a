import { describe, expect, it } from 'vitest';
import { residentIdFor, signInFamily, signInStaff, submitApplication } from '../../server/test-support/case-fixtures';
import { fill, openCase, saveWholePage, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/** Issue 7 §3: the county civil affairs officer sees who looked at a child's case, when and from where. */
describe('操作记录 for the county officer', () => {
  it('the director opens 小明’s case; the county officer finds that look by the child’s ID number', async () => {
    const family = await signInFamily(portal.server, '13900000061');
    const { applicationId, response } = await submitApplication(portal.server, family, { sequence: '761' });
    const reference = response.body.reference as string;

    const director = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await openCase(director, applicationId);

    const county = await signInStaffOnPortal(portal.browser, portal.server, 'county');
    await county.locator('#staff-audit-link').click();
    await county.locator('#audit-entries').waitFor();
    await county.locator('[id="audit-action-case.view"]').click();
    await fill(county, 'audit-resident-id', residentIdFor('2015-06-01', '761'));
    await county.locator('#audit-search').click();
    await expect.poll(() => textOf(county, '#audit-entries')).toContain(reference);

    const entries = await textOf(county, '#audit-entries');
    expect(entries).toContain('王秀英（儿童主任） 查看案件');
    expect(entries).toContain(`儿童：小明，申请编号 ${reference}`);
    expect(entries).toMatch(/时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
    expect(entries).toContain('来自地址：127.0.0.1');
    // Only the director's look: the family's own steps and other children are filtered out.
    expect(await county.locator('.audit-entry').count()).toBe(1);
    await saveWholePage(county, 'staff-audit-case-view');
  });

  it('a director of another village reaches for 小明’s case; the county officer finds the refusal under 越权查看', async () => {
    const family = await signInFamily(portal.server, '13900000062');
    const { applicationId, response } = await submitApplication(portal.server, family, { sequence: '762' });
    const reference = response.body.reference as string;
    // director02 serves another village: the case answers as if it did not exist (issue 16 §6, §7).
    const probe = await fetch(`${portal.server.baseUrl}/api/staff/cases/${applicationId}`, {
      headers: { authorization: `Bearer ${await signInStaff(portal.server, 'director02')}` },
    });
    expect(probe.status).toBe(404);

    const county = await signInStaffOnPortal(portal.browser, portal.server, 'county');
    await county.locator('#staff-audit-link').click();
    await county.locator('#audit-entries').waitFor();
    await county.locator('[id="audit-action-access.refused"]').click();
    await fill(county, 'audit-resident-id', residentIdFor('2015-06-01', '762'));
    await county.locator('#audit-search').click();
    await expect.poll(() => textOf(county, '#audit-entries')).toContain(reference);

    const entries = await textOf(county, '#audit-entries');
    expect(entries).toMatch(/（儿童主任） 越权查看，已拒绝/);
    expect(entries).toContain(`儿童：小明，申请编号 ${reference}`);
    expect(entries).toContain('来自地址：127.0.0.1');
    expect(await county.locator('.audit-entry').count()).toBe(1);
    await saveWholePage(county, 'staff-audit-refused');
  });
});
