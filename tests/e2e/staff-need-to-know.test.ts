import { describe, expect, it } from 'vitest';
import { signInFamily, startDraft, submitDraft } from '../../server/test-support/case-fixtures';
import { uploadPhoto } from '../../server/test-support/document-fixtures';
import { documentPhoto, openCase, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

// 艾滋病防治条例 art. 39 (docs/privacy.md "Need-to-know"): the village director works on an HIV allowance case under
// a neutral label; the page draws it whole, with the facts and the diagnosis left out.
describe('an HIV allowance case on the director’s workbench', () => {
  it('reads 困境儿童基本生活保障 in the queue and on the case page, says what is withheld, and names no diagnosis', async () => {
    const family = await signInFamily(portal.server, '13900000001');
    const applicationId = await startDraft(portal.server, family, { programme: 'hivChildAllowance', facts: { hivInfected: true, father: 'atHome', mother: 'workingAway' } });
    const diagnosis = await documentPhoto(portal.browser, '确诊证明');
    expect((await uploadPhoto(portal.server, family, { applicationId, kind: 'hivDiagnosis', bytes: diagnosis, contentType: 'image/png' })).status).toBe(201);
    await submitDraft(portal.server, family, applicationId);

    const director = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    const row = director.locator(`#case-row-${applicationId}`);
    await row.waitFor();
    expect(await row.innerText()).toContain('困境儿童基本生活保障');
    await openCase(director, applicationId);
    await director.locator('#case-withheld').waitFor();
    const page = await textOf(director, 'body');
    expect(page).toContain('困境儿童基本生活保障');
    expect(page).toContain('部分情况和材料仅限县级审批人员查看');
    expect(page).not.toMatch(/艾滋|感染|确诊/);
    expect(await director.locator('#action-verify').count()).toBe(1);
    await director.close();
  });
});
