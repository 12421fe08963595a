import { describe, expect, it } from 'vitest';
import { signedAgreement } from '../../server/test-support/agreement-fixtures';
import { ARTIFACTS_DIR, openPhonePage } from '../support/launch-browser';
import { saveWholePage, sessionTokenOf, signInFamilyOnPortal, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/** Issue 4 §7: the director sees a child whose parents have been silent for ten days; the mother taps 打电话. */
describe('weekly contact', () => {
  it('director sees the silent family; the parent taps 打电话 and sees 上次联系：今天; the child leaves the list', async () => {
    const parent = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(parent, portal.server, '13900000001');
    // 王小军's agreement began ten days ago, with no contact recorded since.
    const { id, childId } = await signedAgreement(portal.server, await sessionTokenOf(parent), { caregiverPhone: '13900000021' });

    const director = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await director.locator('#staff-agreements-link').click();
    await director.locator('#contact-gaps').waitFor();
    await expect.poll(() => textOf(director, `#gap-${childId}`)).toContain('协议开始10天了，父母还没记录过联系');
    expect(await textOf(director, '#contact-gaps')).toContain('超过7天没联系的孩子');
    await director.locator(`#gap-${childId}`).screenshot({ path: `${ARTIFACTS_DIR}/contact-1-director-gap.png` });

    await parent.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/agreement/index?id=${id}`);
    await expect.poll(() => textOf(parent, '#last-contact:visible'), { timeout: 15_000 }).toContain('还没有记录过联系，已经10天了');
    await parent.locator('#contact-phone:visible').click();
    await expect.poll(() => textOf(parent, '#last-contact:visible')).toBe('上次联系：今天');
    expect(await textOf(parent, '#contact-done:visible')).toContain('记好了：打电话');
    await parent.locator('#contact-card:visible').screenshot({ path: `${ARTIFACTS_DIR}/contact-2-parent-called.png` });
    await saveWholePage(parent, 'contact-3-parent-agreement');

    await director.reload();
    await director.locator('#contact-gaps').waitFor();
    await expect.poll(() => textOf(director, '#contact-gaps-empty')).toContain('没有超过7天没联系的');
    await director.locator('#coverage').waitFor();
    await saveWholePage(director, 'contact-4-director-no-gaps');
  }, 120_000);
});
