import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { httpClient } from '../../server/test-support/http-client';
import { residentIdFor } from '../../server/test-support/case-fixtures';
import { loggedSmsCode } from '../../server/test-support/logged-sms-code';
import { loadRegions } from '../../server/src/regions/load-regions';
import { join } from 'node:path';
import { ARTIFACTS_DIR, openPhonePage } from '../support/launch-browser';
import { meterJourney, type TextSize } from '../support/journey-meter';
import { agreeToChildPrivacyOnPortal, input, saveWholePage, sessionTokenOf, setTextSize, textOf } from '../support/portal-pages';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

beforeAll(async () => {
  // The migrant family's hukou village is in 毕节, outside the demo county: load all of Guizhou, as `npm start` does.
  await loadRegions(portal.server.deps.db, { provinces: ['52'] });
}, 120_000);

/** Ids with dots (national.immunisation) are not CSS ids: select them by attribute. */
const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);
const pick = async (page: Page, codes: string[]) => {
  for (const code of codes) await page.locator(`#region-${code}`).click();
};

/** Types a query on the services page, searches, and gives the titles of the services found. */
async function searchOnPage(page: Page, query: string): Promise<string[]> {
  await input(page, 'services-search').fill(query);
  await Promise.all([page.waitForResponse((response) => response.url().includes('/api/services/search')), page.locator('#services-search-go').click()]);
  await page.locator('#search-results').waitFor();
  return page.locator('#search-results .tap-card__title').allInnerTexts();
}

/** Close to 六广村, 修文县, where the family lives now. */
const nearLiuguang = { latitude: 27.049, longitude: 106.585 };

/** Each text size is a family of its own, so one run's child and draft do not meet the other's. */
const families: Record<TextSize, { phone: string; sequence: string }> = {
  standard: { phone: '13900000021', sequence: '123' },
  large: { phone: '13900000041', sequence: '135' },
};
const textSizes: TextSize[] = ['standard', 'large'];

describe.each(textSizes)('a migrant family, signed out, finds what its child is owed where it lives, in %s text', (mode) => {
  it('takes the check, finds school and vaccination, opens the nearest 儿童之家, and applies with its answers carried over', async ({ task }) => {
    const page = await openPhonePage(portal.browser, { geolocation: nearLiuguang, permissions: ['geolocation'] });
    const shot = (name: string) => saveWholePage(page, `services-${mode}-${name}`);
    const meter = await meterJourney(page, '权益自测找服务', mode);
    await setTextSize(page, mode);
    await page.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await page.locator('#home-entry-services').click();

    // Where the child lives now: 修文县 六广镇 六广村 (the demo county), picked once and remembered.
    await page.locator('#services-choose-region').waitFor();
    await pick(page, ['5201', '520123', '520123103', '520123103201']);
    await page.locator('#services-home').waitFor();
    expect(await textOf(page, '#services-region-label')).toContain('六广村');
    await page.locator('#category-education').waitFor();
    await shot('1-home');

    // The check: four short screens, no sign-in.
    await page.locator('#start-check').click();
    await page.locator('#check-screen-child').waitFor();
    await page.locator('#age-by-years').click();
    await input(page, 'question-ageYears').fill('6');
    await page.locator('#question-schooling-compulsory').click();
    await page.locator('#question-enrolled-yes').click();
    await page.locator('#question-disability-has').click();
    await page.locator('#question-disability-kind-hearing').click();
    await page.locator('#question-disability-grade-2').click();
    await shot('2-check-child');
    await page.locator('#check-next').click();

    await page.locator('#check-screen-places').waitFor();
    // Hukou in 毕节市 七星关区 天河社区; the residence comes from the services page.
    expect(await textOf(page, '#check-residence-chosen')).toContain('六广村');
    await pick(page, ['52', '5205', '520502', '520502001', '520502001001']);
    expect(await textOf(page, '#check-hukou-chosen')).toContain('天河社区');
    await input(page, 'question-monthsAtResidence').fill('10');
    await page.locator('#question-livesWithGuardian-yes').click();
    await page.locator('#question-residencePermit-yes').click();
    await shot('3-check-places');
    await page.locator('#check-next').click();

    await page.locator('#check-screen-parents').waitFor();
    await page.locator('#question-father-atHome').click();
    await page.locator('#question-mother-atHome').click();
    await page.locator('#check-next').click();

    await page.locator('#check-screen-family').waitFor();
    await page.locator('#question-household-rural').click();
    await page.locator('#question-familyAssistance-none').click();
    // Not on 低保: the disability subsidy, paid only to 低保 families, is not asked.
    expect(await page.locator('#question-disabilityLivingSubsidyMonthly').count()).toBe(0);
    // A reload (a killed portal.browser, a dropped signal) keeps every answer: they are stored on the phone.
    await page.reload();
    await page.locator('#check-screen-family').waitFor();
    await page.locator('#check-next').click();

    // The results: school enrolment with the residence permit, vaccination and rehabilitation apply here.
    await page.locator('#check-results').waitFor();
    for (const id of ['national.compulsory-education', 'national.immunisation', 'national.child-rehabilitation']) {
      await byId(page, `entitlement-${id}`).waitFor();
    }
    expect(await byId(page, 'entitlement-national.compulsory-education').innerText()).toContain('居住证');
    await byId(page, 'entitlement-national.child-rehabilitation-apply').waitFor();
    // The orphan allowance is not listed as something this child can use: both parents are at home.
    expect(await page.locator('#check-results').innerText()).not.toContain('孤儿基本生活费');
    await shot('4-results');
    // What the family sees first, on one phone screen.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS_DIR, `services-${mode}-4a-results-first-screen.png`) });

    // The nearest 儿童之家, from the phone's position (asked for only on a tap), with a button that calls it.
    await byId(page, 'entitlement-national.reading-and-activities-open').click();
    await page.locator('#service-item').waitFor();
    await page.locator('#use-my-position').click();
    const nearest = page.locator('#service-item [id^="place-"][id$="-distance"]').first();
    await nearest.waitFor();
    const firstPlace = page.locator('#service-item .nearby-places .card').first();
    expect(await firstPlace.innerText()).toContain('六广村儿童之家');
    expect(await nearest.innerText()).toMatch(/约 \d+ 米|约 [\d.]+ 公里/);
    expect(await firstPlace.locator('[id$="-call"]').innerText()).toMatch(/打电话 0851-\d+/);
    await shot('5-nearest-children-home');
    // Finding the service ends here; what follows is applying for one.
    await meter.finish(task.meta);
    await page.goBack();

    // Apply now: sign in first, then land back in the application with the check's answers.
    await byId(page, 'entitlement-national.child-rehabilitation-apply').click();
    await page.locator('#go-sign-in:visible').click();
    const { phone, sequence } = families[mode];
    await input(page, 'phone-input').fill(phone);
    await page.locator('#get-code').click();
    await expect.poll(() => loggedSmsCode(portal.server, phone), { timeout: 10_000 }).toMatch(/^\d{6}$/);
    await input(page, 'code-input').fill(loggedSmsCode(portal.server, phone)!);
    await page.locator('#sign-in-terms').click();
    await page.locator('#sms-login').click();

    await page.locator('#handover-notice:visible').waitFor();
    // A first child: the child privacy notice is agreed to on its own page, then the form takes the check's places.
    await agreeToChildPrivacyOnPortal(page);
    // Both places come from the check: only the name, ID number and relation are typed.
    expect(await textOf(page, '#child-hukou-chosen')).toContain('天河社区');
    expect(await textOf(page, '#child-residence-chosen')).toContain('六广村');
    await input(page, 'child-name').fill('张小雨');
    await input(page, 'child-resident-id').fill(residentIdFor('2020-03-15', sequence));
    await page.locator('#child-relation-mother').click();
    await input(page, 'child-guardian-name').fill('张丽');
    await shot('6-child-prefilled');
    await page.locator('#child-save').click();

    // Every question rehabilitation needs was answered in the check: the draft opens at the documents.
    await page.locator('#screen-documents:visible').waitFor();
    await shot('7-draft-documents');
    const token = await sessionTokenOf(page);
    const api = httpClient(portal.server.baseUrl);
    const list = await portal.api.get('/api/applications', token);
    const draft = list.body.applications.find((application: { programme: string }) => application.programme === 'childRehabilitation');
    expect(draft.status).toBe('draft');
    const full = await portal.api.get(`/api/applications/${draft.id}`, token);
    expect(full.body.facts).toMatchObject({
      disability: { kind: 'hearing', grade: 2 },
      schooling: 'compulsory',
      monthsAtResidence: 10,
      livesWithGuardian: true,
      residencePermit: true,
      father: 'atHome',
      mother: 'atHome',
    });
    // The age given in the check is not carried: the child's ID number says the birth date.
    expect(full.body.facts.ageYears).toBeUndefined();
  });
});

describe('the service list, signed out', () => {
  it('finds services by Chinese words, pinyin and initials, and shows a county’s own items only in that county', async () => {
    const page = await openPhonePage(portal.browser);
    await page.goto(`${portal.server.baseUrl}/#/packages/services/pages/home/index`);
    await page.locator('#services-choose-region').waitFor();
    await pick(page, ['5201', '520123']);
    await page.locator('#services-region-take').click();
    await page.locator('#services-home').waitFor();

    const search = (query: string) => searchOnPage(page, query);
    // 上学: the item titled with the word (劝返复学) and enrolment in primary and middle school come first.
    expect((await search('上学')).slice(0, 2).join()).toContain('上小学');
    expect((await search('dibao'))[0]).toContain('低保');
    expect((await search('db'))[0]).toContain('低保');
    expect((await search('打疫苗'))[0]).toContain('疫苗');
    await saveWholePage(page, 'services-8-search');
    expect((await search('防溺水'))[0]).toContain('防溺水');

    // 修文县's own item is not in another county's list.
    const elsewhere = await httpClient(portal.server.baseUrl).get('/api/services?region=520102');
    expect(elsewhere.status).toBe(200);
    expect(elsewhere.body.items.map((item: { id: string }) => item.id)).not.toContain('520123.water-safety');

    // A query that matches nothing says what to try instead.
    await input(page, 'services-search').fill('火星');
    await page.locator('#services-search-go').click();
    await expect.poll(() => textOf(page, '#search-results')).toContain('换个说法试试');
  });

  it('forgives how a parent types, says how to act, and shows the places asked for with distance, hours, call and the way there', async () => {
    const page = await openPhonePage(portal.browser, { geolocation: nearLiuguang, permissions: ['geolocation'] });
    const shot = (name: string) => saveWholePage(page, `services-search-${name}`);
    await page.goto(`${portal.server.baseUrl}/#/packages/services/pages/home/index`);
    await page.locator('#services-choose-region').waitFor();
    await pick(page, ['5201', '520123', '520123103', '520123103201']);
    await page.locator('#services-home').waitFor();
    const search = (query: string) => searchOnPage(page, query);

    // A homophone typed by pinyin input (医报), traditional characters, a whole question.
    expect((await search('医报'))[0]).toContain('居民医保');
    expect(await page.locator('#search-results .ways-to-act').first().innerText()).toContain('打 12393');
    await shot('1-typo');
    expect((await search('醫保'))[0]).toContain('居民医保');
    const question = await search('孩子在这边看病怎么报销');
    expect(question.slice(0, 3).join()).toContain('异地就医结算');
    await shot('2-question');

    // A kind of place: the 儿童之家 themselves, the family's own village first, each with hours, a call and a map link.
    await search('兒童之家');
    const places = page.locator('#search-places .card');
    await places.first().waitFor();
    expect(await places.first().innerText()).toContain('六广村儿童之家');
    expect(await places.first().innerText()).toContain('开放时间');
    expect(await places.first().locator('[id$="-call"]').innerText()).toMatch(/打电话 0851-\d+/);
    const link = places.first().locator('a[id$="-navigate"]');
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=106\.\d+,27\.\d+&name=/);
    expect(await link.getAttribute('target')).toBe('_blank');
    await shot('3-children-homes');

    // Shared on a tap: the same places, nearest first, with how far.
    await Promise.all([page.waitForResponse((response) => response.url().includes('near=')), page.locator('#search-use-my-position').click()]);
    await page.locator('#search-places [id$="-distance"]').first().waitFor();
    const distances = await page.locator('#search-places [id$="-distance"]').allInnerTexts();
    expect(distances[0]).toMatch(/约 \d+ 米|约 [\d.]+ 公里/);
    await shot('4-children-homes-near');

    // 救助站 and 医院 find the protection centre and the hospitals (the 明天计划 one among them).
    await search('救助站');
    await page.locator('#search-places .card').first().waitFor();
    expect(await page.locator('#search-places .card').first().innerText()).toContain('未成年人救助保护中心');
    await search('医院');
    await page.locator('#search-places .card').first().waitFor();
    expect(await page.locator('#search-places').innerText()).toContain('明天计划');
    await shot('5-hospital');
  });
});
