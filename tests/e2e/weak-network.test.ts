import { describe, expect, it } from 'vitest';
import type { Browser, Page, Request } from 'playwright-core';
import { toIsoDate } from '../../shared/src/calendar/iso-date';
// Kept before the model imports: mongoose's inferred model types check differently when a model module comes first.
import { seededPortalSuite } from '../support/seeded-portal-suite';
import { agreeToChildPrivacy, residentIdFor, signInFamily, startDraft } from '../../server/test-support/case-fixtures';
import { addChild, draftFor, grandmother } from '../../server/test-support/agreement-fixtures';
import { agreementSignatureModel } from '../../server/src/agreements/agreement-signature-model';
import { openPhonePage } from '../support/launch-browser';
import { agreeToChildPrivacyOnPortal, answerLostContact, documentPhoto, input, saveWholePage, sessionTokenOf, signInFamilyOnPortal, textOf } from '../support/portal-pages';
import { drawSignature } from '../support/draw-signature';
import { networkOf } from '../support/network-conditions';

const portal = seededPortalSuite();

/**
 * A phone photo of a paper form: 4000×3000 pixels of printed lines on slightly grainy paper, several
 * megabytes as a PNG, as a cheap phone's camera hands it over.
 */
async function largeDocumentPhoto(browser: Browser): Promise<Buffer> {
  const page = await openPhonePage(browser);
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 4000;
    canvas.height = 3000;
    const context = canvas.getContext('2d')!;
    const paper = context.createImageData(4000, 3000);
    for (let i = 0; i < paper.data.length; i += 4) {
      const grain = 235 + Math.floor(Math.random() * 20);
      paper.data.set([grain, grain - 4, grain - 12, 255], i);
    }
    context.putImageData(paper, 0, 0);
    context.fillStyle = '#222222';
    context.font = '96px sans-serif';
    for (let line = 0; line < 22; line += 1) context.fillText(`判决书 第${line + 1}行 王某某 服刑期限 2024年至2030年`, 160, 220 + line * 125);
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  await page.context().close();
  return Buffer.from(base64, 'base64');
}

/** Width and height of an image, decoded by the browser. */
async function imageSize(page: Page, bytes: Buffer, type: string): Promise<{ width: number; height: number }> {
  return page.evaluate(async ([data, mime]) => {
    // Decoded from the bytes themselves: the portal's CSP refuses fetching a data: URL.
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], { type: mime }));
    return { width: bitmap.width, height: bitmap.height };
  }, [bytes.toString('base64'), type] as const);
}

/** Picks a photo for one document without waiting for it to be stored: photos queue up on the phone. */
async function takePhoto(page: Page, kind: string, photo: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`#document-${kind}-upload`).click();
  await (await chooser).setFiles({ name: `${kind}.png`, mimeType: 'image/png', buffer: photo });
}

/** Every request the page sends to a path ending so, failed ones included. */
function requestsTo(page: Page, suffix: string): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith(suffix)) seen.push(request);
  });
  return seen;
}

describe('a family on a weak signal loses nothing and sends nothing twice', () => {
  it('an application: answers kept through a cut and a reload, photos sent one by one with 重试, a lost submission answer retried once', async () => {
    const phone = '13900000051';
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, phone);
    const token = await sessionTokenOf(page);
    const applicationId = await startDraft(portal.server, token, { facts: {} });
    const network = await networkOf(page);
    const formUrl = `${portal.server.baseUrl}/#/packages/family/pages/application-form/index?applicationId=${applicationId}`;

    await page.goto(formUrl);
    await page.locator('#question-father-imprisoned').click();
    // Out of contact since this month: the screen says at once it does not count yet, and from which day it will.
    const thisMonth = toIsoDate(new Date()).slice(0, 7);
    await page.locator('#question-mother-lostContact').click();
    await page.locator(`#question-motherLostContactSince-year-${thisMonth.slice(0, 4)}`).click();
    await page.locator(`#question-motherLostContactSince-month-${thisMonth}`).click();
    expect(await textOf(page, '#question-motherLostContactSince-note')).toContain('还不满6个月，现在还不算失联');
    expect(await textOf(page, '#question-motherLostContactSince-note')).toMatch(/到\d{4}年\d{1,2}月1日就满6个月了/);
    await saveWholePage(page, 'weak-network-0-lost-contact-too-recent');
    await answerLostContact(page, 'mother');
    await page.locator('#next').click();
    await page.locator('#screen-questions-support').waitFor();

    // The signal goes while the family types the support answers: the banner says so, the save fails politely.
    await network.cut();
    await page.locator('#question-familyAssistance-minimumLiving').click();
    await input(page, 'question-assistanceMonthly').fill('500');
    await input(page, 'question-disabilityLivingSubsidyMonthly').fill('0');
    await expect.poll(() => textOf(page, '#network-banner:visible')).toContain('不会丢');
    await page.locator('#screen-questions-support #next').click();
    await expect.poll(() => textOf(page, '#screen-questions-support'), { timeout: 20_000 }).toContain('没有保存成功');
    await saveWholePage(page, 'weak-network-01-offline-banner');

    // The phone gives up on the page (a reload with no signal), then the signal comes back.
    await page.reload().catch(() => undefined);
    await network.restore();
    await page.goto(formUrl);
    await page.locator('#screen-documents').waitFor({ timeout: 15_000 });
    expect(await page.locator('#network-banner').count()).toBe(0);
    await expect
      .poll(async () => (await portal.api.get(`/api/applications/${applicationId}`, token)).body.facts)
      .toMatchObject({ father: 'imprisoned', mother: 'lostContact', familyAssistance: 'minimumLiving', assistanceMonthly: 500 });

    // Photos on a weak signal: the large one is shrunk on the phone; the one whose upload fails shows 重试
    // and the other goes on, and is not sent again when the failed one is retried.
    await network.weak();
    let blockLostContact = true;
    await page.route('**/documents/**', (route) =>
      blockLostContact && route.request().postData()?.includes('lostContactProof') ? route.abort('connectionreset') : route.continue(),
    );
    const photoUploads = requestsTo(page, '');
    const sentOf = (kind: string) => photoUploads.filter((request) => request.method() === 'POST' && request.postData()?.includes(kind)).length;
    const large = await largeDocumentPhoto(portal.browser);
    expect(large.length).toBeGreaterThan(1024 * 1024);
    await takePhoto(page, 'lostContactProof', await documentPhoto(portal.browser, '报警回执'));
    await takePhoto(page, 'imprisonmentProof', large);
    await page.locator('#document-lostContactProof-retry').waitFor({ timeout: 60_000 });
    await page.locator('#document-imprisonmentProof-provided').waitFor({ timeout: 60_000 });
    expect(await textOf(page, '#document-lostContactProof-error')).toContain('点“重试”再传这一张');
    await saveWholePage(page, 'weak-network-02-photo-retry');
    const imprisonmentSent = sentOf('imprisonmentProof');
    blockLostContact = false;
    await page.locator('#document-lostContactProof-retry').click();
    await page.locator('#document-lostContactProof-provided').waitFor({ timeout: 60_000 });
    expect(sentOf('imprisonmentProof')).toBe(imprisonmentSent);
    await network.restore();

    const withPhotos = (await portal.api.get(`/api/applications/${applicationId}`, token)).body as {
      documents: { id: string; kind: string; size: number; contentType: string }[];
    };
    expect(withPhotos.documents.map((document) => document.kind).sort()).toEqual(['imprisonmentProof', 'lostContactProof']);
    const stored = withPhotos.documents.find((document) => document.kind === 'imprisonmentProof')!;
    const bytes = await fetch(`${portal.server.baseUrl}/api/applications/${applicationId}/documents/${stored.id}`, {
      headers: { authorization: `Bearer ${token}` },
    }).then(async (response) => Buffer.from(await response.arrayBuffer()));
    const size = await imageSize(page, bytes, stored.contentType);
    console.log(`large photo: ${large.length} bytes 4000×3000 on the phone → ${bytes.length} bytes ${size.width}×${size.height} stored`);
    expect(bytes.length).toBeLessThanOrEqual(300 * 1024);
    expect(stored.contentType).toBe('image/jpeg');
    expect(Math.max(size.width, size.height)).toBeGreaterThanOrEqual(1200);

    // Submitting with no signal fails after the phone's own retries; the tick and the key stay on the phone.
    await page.locator('#screen-documents #next').click();
    await page.locator('#screen-check').waitFor();
    await page.locator('#consent').click();
    const submissions = requestsTo(page, '/submit');
    await network.cut();
    await page.locator('#submit').click();
    await expect.poll(() => textOf(page, '#submit-error'), { timeout: 20_000 }).toContain('没有提交成功');
    await network.restore();
    await page.reload();
    await page.locator('#screen-check').waitFor();
    expect(await page.locator('#consent').getAttribute('class')).toContain('consent--checked');

    // The server takes the submission but its answer is lost on the way back: the phone sends it again.
    let dropAnswer = true;
    await page.route('**/submit', async (route) => {
      if (!dropAnswer) return route.continue();
      dropAnswer = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const beforeRetry = submissions.length;
    await page.locator('#submit').click();
    await page.locator('#screen-done').waitFor({ timeout: 20_000 });
    await saveWholePage(page, 'weak-network-03-submitted-once');

    // The tap after the reload went out twice (the lost answer, then the repeat), all with the first key.
    expect(submissions.length - beforeRetry).toBeGreaterThanOrEqual(2);
    expect(new Set(submissions.map((request) => request.headers()['idempotency-key'])).size).toBe(1);
    const submitted = (await portal.api.get(`/api/applications/${applicationId}`, token)).body as {
      status: string;
      facts: Record<string, unknown>;
      timeline: { event: string }[];
    };
    expect(submitted.status).toBe('villageVerification');
    expect(submitted.timeline.filter((entry) => entry.event === 'submitted')).toHaveLength(1);
    expect(submitted.facts).toMatchObject({ father: 'imprisoned', mother: 'lostContact', familyAssistance: 'minimumLiving', assistanceMonthly: 500 });
    const list = (await portal.api.get('/api/applications', token)).body as { applications: unknown[] };
    expect(list.applications).toHaveLength(1);
  }, 240_000);

  it('an agreement: the caregiver’s typed ID number and drawn signature survive a cut at submit, and she is recorded as signing once', async () => {
    const parentToken = await signInFamily(portal.server, '13900000001');
    const childId = await addChild(portal.server, parentToken, { name: '王小花' });
    const agreementId = crypto.randomUUID();
    expect((await portal.api.put(`/api/agreements/${agreementId}`, draftFor([childId]), parentToken)).status).toBeLessThan(300);
    const invitation = await portal.api.post(`/api/agreements/${agreementId}/invitation`, undefined, parentToken);

    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000021');
    const caregiverToken = await sessionTokenOf(page);
    expect((await portal.api.post(`/api/agreement-invitations/${invitation.body.token}/accept`, undefined, caregiverToken)).status).toBeLessThan(300);
    const network = await networkOf(page);
    const signUrl = `${portal.server.baseUrl}/#/packages/agreements/pages/sign/index?id=${agreementId}&party=caregiver`;

    await page.goto(signUrl);
    await page.locator('#screen-sign').waitFor();
    // Her name is shown, not typed; she confirms herself by her ID number.
    expect(await textOf(page, '#identity-name')).toContain(grandmother.name);
    await input(page, 'identity-resident-id').fill(grandmother.residentId);
    await drawSignature(page);

    await network.cut();
    await expect.poll(() => textOf(page, '#network-banner:visible')).toContain('不会丢');
    await page.locator('#sign-submit').click();
    await expect.poll(() => textOf(page, '#sign-error'), { timeout: 20_000 }).toContain('没有签成功');
    await saveWholePage(page, 'weak-network-04-sign-offline');

    await network.restore();
    await page.reload();
    await page.locator('#signature-pad-kept').waitFor();
    expect(await input(page, 'identity-resident-id').inputValue()).toBe(grandmother.residentId);
    expect(await textOf(page, '#signature-pad-state')).toBe('已写好');
    await saveWholePage(page, 'weak-network-05-sign-kept');

    let dropAnswer = true;
    await page.route('**/signatures', async (route) => {
      if (!dropAnswer) return route.continue();
      dropAnswer = false;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const signings = requestsTo(page, '/signatures');
    await page.locator('#sign-submit').click();
    await page.locator('#screen-agreement:visible').waitFor({ timeout: 20_000 });
    expect(signings.length).toBeGreaterThanOrEqual(2);

    const agreement = (await portal.api.get(`/api/agreements/${agreementId}`, parentToken)).body as { signatures: { party: string }[] };
    expect(agreement.signatures.filter((signature) => signature.party === 'caregiver')).toHaveLength(1);
    expect(await agreementSignatureModel(portal.server.deps.db).countDocuments({ agreementId })).toBe(1);
  }, 180_000);

  it('the child form and the agreement draft come back as typed after a reload and across the consent step, before anything was sent', async () => {
    const page = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(page, portal.server, '13900000061');
    const token = await sessionTokenOf(page);
    await agreeToChildPrivacy(portal.server, token);
    await page.goto(`${portal.server.baseUrl}/#/packages/family/pages/children/index`);
    const openChildForm = async () => {
      await page.locator('#child-add:visible, #child-form:visible').first().waitFor();
      if (await page.locator('#child-add').isVisible()) await page.locator('#child-add').click();
      await page.locator('#child-form').waitFor();
    };
    await openChildForm();
    const child = { name: '王小兰', residentId: residentIdFor('2017-03-03', '321') };
    await input(page, 'child-name').fill(child.name);
    await input(page, 'child-resident-id').fill(child.residentId);
    await page.locator('#child-relation-grandparent').click();
    await input(page, 'child-guardian-name').fill('王桂芳');
    await page.reload();
    await openChildForm();
    expect(await input(page, 'child-name').inputValue()).toBe(child.name);
    expect(await input(page, 'child-resident-id').inputValue()).toBe(child.residentId);
    expect(await page.locator('#child-relation-grandparent').getAttribute('class')).toContain('choice--selected');
    for (const code of ['5201', '520123', '520123103', '520123103201']) await page.locator(`#region-${code}`).click();
    // Meanwhile the consent was withdrawn (on another phone): 保存 leads to the notice, and back to the form as typed.
    await portal.api.call('POST', '/api/me/consents/withdraw', { token });
    await page.locator('#child-save').click();
    await agreeToChildPrivacyOnPortal(page);
    expect(await input(page, 'child-name').inputValue()).toBe(child.name);
    expect(await textOf(page, '#child-hukou-chosen')).toContain('六广村');
    await page.locator('#child-save').click();
    await expect.poll(() => textOf(page, '#screen-children')).toContain(child.name);

    await page.goto(`${portal.server.baseUrl}/#/packages/agreements/pages/draft/index`);
    await page.locator('[id^="draft-child-"]').first().click();
    await page.locator('#next').click();
    await page.locator('#screen-draft-caregiver').waitFor();
    await input(page, 'caregiver-name').fill(grandmother.name);
    await input(page, 'caregiver-resident-id').fill(grandmother.residentId);
    await page.reload();
    await page.locator('#screen-draft-caregiver').waitFor();
    expect(await input(page, 'caregiver-name').inputValue()).toBe(grandmother.name);
    expect(await input(page, 'caregiver-resident-id').inputValue()).toBe(grandmother.residentId);
    await saveWholePage(page, 'weak-network-06-agreement-draft-kept');
  }, 120_000);
});
