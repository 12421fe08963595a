import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { httpClient } from '../../server/test-support/http-client';
import { residentIdFor, signInFamily, signInStaff } from '../../server/test-support/case-fixtures';
import { addChild, draftFor, grandmother, signaturePng } from '../../server/test-support/agreement-fixtures';
import { ARTIFACTS_DIR, openPhonePage } from '../support/launch-browser';
import { fill, input, saveWholePage, sessionTokenOf, signInFamilyOnPortal, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

/** An agreement signed by both over HTTP and archived by the director: the state the pages start from. */
async function filedAgreement(parent: string, caregiver: string, director: string, childName: string): Promise<string> {
  const api = httpClient(portal.server.baseUrl);
  const id = randomUUID();
  await portal.api.call('PUT', `/api/agreements/${id}`, { token: parent, body: draftFor([await addChild(portal.server, parent, { name: childName })]) });
  const invitation = await portal.api.post(`/api/agreements/${id}/invitation`, undefined, parent);
  await portal.api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, caregiver);
  await portal.api.post(`/api/agreements/${id}/signatures`, { party: 'parent', image: signaturePng }, parent);
  await portal.api.post(`/api/agreements/${id}/signatures`, { party: 'caregiver', image: signaturePng, identity: grandmother }, caregiver);
  const filed = await portal.api.post(`/api/staff/agreements/${id}/acknowledge`, undefined, director);
  expect(filed.body.status).toBe('filed');
  return id;
}

describe('keeping an agreement alive on the phones (issue 4 §6)', () => {
  it('director marks the caregiver unable → parent is told and starts 更换照护人 from the old one; parent ends another agreement early', async () => {
    // Browser sign-ins first: each SMS sign-in over HTTP would replace the code the portal waits for.
    const parentPage = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(parentPage, portal.server, '13900000001');
    const directorPage = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    const parent = await sessionTokenOf(parentPage);
    const caregiver = await signInFamily(portal.server, '13900000021');
    const director = await signInStaff(portal.server, 'director01');
    const unableId = await filedAgreement(parent, caregiver, director, '刘小雨');
    const endId = await filedAgreement(parent, caregiver, director, '刘小军');

    // The director, back from a visit, records that the grandmother cannot care any more.
    await directorPage.goto(`${portal.server.baseUrl}/#/packages/staff/pages/agreements/index`);
    await directorPage.locator(`#caregiver-unable-${unableId}-open`).click();
    await directorPage.locator(`#caregiver-unable-submit-${unableId}`).click();
    expect(await textOf(directorPage, `#caregiver-unable-error-${unableId}`)).toContain('走访');
    await fill(directorPage, `caregiver-unable-notes-${unableId}`, '11月23日走访：奶奶摔伤住院，孩子暂住邻居家');
    await saveWholePage(directorPage, 'agreement-life-1-director-notes');
    await directorPage.locator(`#caregiver-unable-submit-${unableId}`).click();
    await expect.poll(() => textOf(directorPage, `#caregiver-unable-${unableId}`)).toContain('已通知家长另选照护人');
    await directorPage.locator(`#in-force-${unableId}`).screenshot({ path: `${ARTIFACTS_DIR}/agreement-life-2-director-marked.png` });

    // The mother sees it at the top of the agreement and starts a new one with another caregiver.
    await parentPage.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/agreement/index?id=${unableId}`);
    await expect.poll(() => textOf(parentPage, '#caregiver-unable:visible')).toContain('奶奶摔伤住院');
    await parentPage.locator('#agreement-notices:visible').screenshot({ path: `${ARTIFACTS_DIR}/agreement-life-3-parent-told.png` });
    await parentPage.locator('#replace-caregiver:visible').click();
    await parentPage.locator('#draft-replaces:visible').waitFor();
    await parentPage.locator('#screen-draft-children:visible').waitFor();
    // The old agreement's child comes ticked.
    await expect.poll(() => parentPage.locator('[id^="draft-child-"].choice--selected:visible').count()).toBe(1);
    await saveWholePage(parentPage, 'agreement-life-4a-replacement-children');
    await parentPage.locator('#next:visible').click();
    await parentPage.locator('#screen-draft-caregiver:visible').waitFor();
    expect(await input(parentPage, 'caregiver-name').inputValue()).toBe('');
    await input(parentPage, 'caregiver-name').fill('刘秀兰');
    await input(parentPage, 'caregiver-resident-id').fill(residentIdFor('1972-02-02', '246'));
    await parentPage.locator('#caregiver-relation-otherRelative').click();
    await input(parentPage, 'caregiver-phone').fill('13900000041');
    await parentPage.locator('#caregiver-declaration').click();
    await saveWholePage(parentPage, 'agreement-life-4b-new-caregiver');
    await parentPage.locator('#next:visible').click();
    await parentPage.locator('#screen-draft-parents:visible').waitFor();
    await parentPage.locator('#next:visible').click();
    await parentPage.locator('#screen-draft-contact:visible').waitFor();
    await parentPage.locator('#next:visible').click();
    await parentPage.locator('#screen-draft-duties:visible').waitFor({ timeout: 15_000 });
    const mine = await httpClient(portal.server.baseUrl).get('/api/agreements', parent);
    const replacement = mine.body.agreements.find((a: { supersedes: string | null }) => a.supersedes === unableId);
    expect(replacement).toMatchObject({ status: 'draft', caregiver: { name: '刘秀兰' }, children: [{ name: '刘小雨' }] });
    // Back on the old agreement, 更换照护人 now continues that draft instead of starting another.
    await parentPage.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/agreement/index?id=${unableId}`);
    await parentPage.reload();
    await expect.poll(() => textOf(parentPage, '#replace-caregiver:visible')).toContain('继续更换照护人');

    // The other agreement: the mother has come home and ends it, with a reason and a confirm step.
    // Only the hash changes, and Taro's H5 router keeps the open agreement page: load it afresh.
    await parentPage.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/agreement/index?id=${endId}`);
    await parentPage.reload();
    await expect.poll(() => textOf(parentPage, '#agreement-content:visible')).toContain('刘小军');
    await parentPage.locator('#end-agreement:visible').click();
    await fill(parentPage, 'end-agreement-reason', '妈妈回家了，自己照顾孩子');
    await parentPage.locator('#end-agreement-next:visible').click();
    expect(await textOf(parentPage, '#end-agreement-confirm-text:visible')).toContain('确定从今天起结束');
    await parentPage.locator('#end-agreement-form:visible').screenshot({ path: `${ARTIFACTS_DIR}/agreement-life-5-parent-confirms-end.png` });
    await parentPage.locator('#end-agreement-confirm:visible').click();
    await expect.poll(() => textOf(parentPage, '#agreement-termination:visible')).toContain('妈妈回家了');
    expect(await textOf(parentPage, '#agreement-status:visible')).toBe('已终止');
    expect(await parentPage.locator('#end-agreement:visible').count()).toBe(0);
    await parentPage.locator('#agreement-notices:visible').screenshot({ path: `${ARTIFACTS_DIR}/agreement-life-6-parent-ended.png` });
    const api = httpClient(portal.server.baseUrl);
    expect((await portal.api.get(`/api/agreements/${endId}`, parent)).body.status).toBe('terminated');
    expect((await portal.api.get(`/api/agreements/${unableId}`, parent)).body.status).toBe('filed');
  }, 240_000);
});
