import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ListedServiceItem, ServiceItem } from '@ccs/shared/services/service-schemas';
import { signInStaff } from '../../server/test-support/case-fixtures';
import { fill, saveWholePage, sessionTokenOf, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { openPhonePage } from '../support/launch-browser';
import { seededPortalSuite } from '../support/seeded-portal-suite';

const portal = seededPortalSuite();

const LIBRARY = '县图书馆少儿阅览室';
const titles = (items: { title: string }[]) => items.map((item) => item.title);

/** The county officer's own phone, on 服务清单 from the workbench. */
async function openServiceList(screenshot?: string): Promise<Page> {
  const page = await signInStaffOnPortal(portal.browser, portal.server, 'county');
  await page.locator('#staff-service-list-link').waitFor();
  if (screenshot) await saveWholePage(page, screenshot);
  await page.locator('#staff-service-list-link').click();
  await page.locator('#service-list-versions').waitFor();
  return page;
}

/** Issue 5: a county officer edits the county's draft and publishes it; published versions never change. */
describe('服务清单 for the county officer', () => {
  it('adds 县图书馆少儿阅览室, saves, publishes version 2; families of 修文县 see it, 南明区 does not, version 1 is unchanged', async () => {
    const page = await openServiceList('service-list-0-workbench');
    const token = await sessionTokenOf(page);
    const versionOneBefore = await portal.api.get('/api/service-lists/520123/versions/1', token);
    expect(versionOneBefore.status).toBe(200);

    expect(await textOf(page, '#version-1')).toMatch(/^版本 1（家长现在看到的）\s*\d{4}年\d{1,2}月\d{1,2}日发布，共 3 项$/);
    expect(await textOf(page, '#service-list-scope-note')).toContain('省里、市里的服务');
    expect(await textOf(page, '#item-520123-summer-camp')).toContain('儿童之家暑假活动');
    expect(await textOf(page, '#item-520123-summer-camp')).toContain('文化活动');
    expect(await textOf(page, '#draft-status')).toContain('草稿已发布为版本 1');
    await saveWholePage(page, 'service-list-1-opened');

    // An empty form is refused field by field, in Chinese, before anything is sent.
    await page.locator('#item-add').click();
    await page.locator('#item-save').click();
    await expect.poll(() => textOf(page, '#item-title-error')).toBe('请填写服务名称');
    expect(await textOf(page, '#item-category-error')).toBe('请选择服务类别');
    expect(await textOf(page, '#item-form-errors')).toContain('请看上面的红字');
    await saveWholePage(page, 'service-list-2-form-errors');

    await page.locator('#item-category-culture').click();
    await fill(page, 'item-title', LIBRARY);
    await fill(page, 'item-for-whom', '全县14岁以下的孩子，家长可以陪同。');
    await fill(page, 'item-gives', '免费看书、借书；每周六上午有故事会和手工课。');
    await fill(page, 'item-department', '修文县文化和旅游局');
    await fill(page, 'item-how-to-apply', '带孩子直接去县图书馆二楼，第一次借书在前台办一张少儿借书证。');
    await fill(page, 'item-documents', '孩子的户口簿或身份证\n家长的身份证');
    await fill(page, 'item-hotline', '0851-82345678');
    await fill(page, 'item-keywords', '看书 图书馆、阅览室 故事会');
    expect(await page.locator('#item-source input, input#item-source').first().inputValue()).toBe('修文县民政局发布');
    await page.locator('#item-save').click();
    await expect.poll(() => textOf(page, '#list-notice')).toContain(`已把“${LIBRARY}”保存到草稿`);
    expect(await textOf(page, '#draft-status')).toContain('还没有发布');
    expect(await textOf(page, '#screen-service-list')).toContain(LIBRARY);
    await saveWholePage(page, 'service-list-3-saved');

    // Saved is not yet published: families still see version 1 only.
    expect(titles((await portal.api.get('/api/services?region=520123')).body.items)).not.toContain(LIBRARY);

    await page.locator('#publish').click();
    await page.locator('#publish-confirm-panel').waitFor();
    expect(await textOf(page, '#publish-confirm-panel')).toContain('发布的版本以后不能修改');
    await saveWholePage(page, 'service-list-4-confirm');
    await page.locator('#publish-confirm').click();
    await page.locator('#version-2').waitFor();
    expect(await textOf(page, '#service-list-versions .service-list__version >> nth=0')).toContain('版本 2');
    expect(await textOf(page, '#version-2')).toMatch(/^版本 2（家长现在看到的）\s*\d{4}年\d{1,2}月\d{1,2}日发布，共 4 项$/);
    expect(await textOf(page, '#version-1')).not.toContain('家长现在看到的');
    expect(await textOf(page, '#draft-status')).toContain('草稿已发布为版本 2');
    expect(await textOf(page, '#publish-notice')).toContain('已发布为版本 2');
    expect(await page.locator('#list-notice').count()).toBe(0);
    await saveWholePage(page, 'service-list-5-published');

    // What families see: 修文县 (and its villages) has the new item from version 2; 南明区 does not.
    const county = await portal.api.get('/api/services?region=520123');
    expect(county.status).toBe(200);
    const library = (county.body.items as ListedServiceItem[]).find((item) => item.title === LIBRARY);
    expect(library).toMatchObject({
      id: expect.stringMatching(/^520123\.[a-z0-9-]+$/),
      category: 'culture',
      listRegionCode: '520123',
      listVersion: 2,
      handledAt: 'residence',
      conditions: [],
      documents: ['孩子的户口簿或身份证', '家长的身份证'],
      keywords: ['看书', '图书馆', '阅览室', '故事会'],
      hotline: '0851-82345678',
      source: '修文县民政局发布',
    });
    expect(titles((await portal.api.get('/api/services?region=520123103201')).body.items)).toContain(LIBRARY);
    const elsewhere = await portal.api.get('/api/services?region=520102');
    expect(elsewhere.status).toBe(200);
    expect(titles(elsewhere.body.items)).not.toContain(LIBRARY);

    // Version 1 is exactly as it was.
    const versionOneAfter = await portal.api.get('/api/service-lists/520123/versions/1', token);
    expect(versionOneAfter.body).toEqual(versionOneBefore.body);
    expect(titles(versionOneAfter.body.items)).not.toContain(LIBRARY);
    const overview = await portal.api.get('/api/service-lists/520123', token);
    expect(overview.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    // Coming back later shows the same.
    await page.reload();
    await page.locator('#version-2').waitFor();
    expect(await textOf(page, '#draft-status')).toContain('草稿已发布为版本 2');
  }, 180_000);

  it('a save after someone else changed the draft reloads it and says so; a publish whose answer was lost is retried with the same key', async () => {
    const page = await openServiceList();
    const token = await sessionTokenOf(page);
    const start = (await portal.api.get('/api/service-lists/520123', token)).body.draft;
    const library = (start.items as ServiceItem[]).find((item) => item.title === LIBRARY)!;
    const libraryDom = library.id.replaceAll('.', '-');

    // Another officer saves first, from another phone.
    const other: ServiceItem = { ...library, id: '520123.chess-club', title: '少年宫象棋班', keywords: ['象棋'] };
    expect((await portal.api.put('/api/service-lists/520123/draft', { revision: start.revision, items: [...start.items, other] }, token)).status).toBe(200);

    await page.locator(`#item-edit-${libraryDom}`).click();
    await fill(page, 'item-title', '县图书馆少儿阅览室（周末开放）');
    await page.locator('#item-save').click();
    await expect.poll(() => textOf(page, '#item-save-error')).toContain('别人刚刚也改了这份草稿');
    expect(await textOf(page, '#screen-service-list')).toContain('少年宫象棋班');
    await saveWholePage(page, 'service-list-6-someone-else-changed');
    await page.locator('#item-save').click();
    await expect.poll(() => textOf(page, '#list-notice')).toContain('已把“县图书馆少儿阅览室（周末开放）”保存到草稿');
    const saved = (await portal.api.get('/api/service-lists/520123', token)).body.draft;
    expect(titles(saved.items)).toEqual(expect.arrayContaining(['县图书馆少儿阅览室（周末开放）', '少年宫象棋班']));

    // Deleting asks on the page first, then saves the draft without it.
    await page.locator('#item-delete-520123-chess-club').click();
    expect(await textOf(page, '#item-520123-chess-club')).toContain('从草稿里删除“少年宫象棋班”？');
    await page.locator('#item-delete-confirm-520123-chess-club').click();
    await expect.poll(() => textOf(page, '#list-notice')).toContain('已从草稿里删除“少年宫象棋班”');
    expect(await page.locator('#item-520123-chess-club').count()).toBe(0);

    // The server publishes, but the answer never reaches the phone; the app sends it again by itself with the same key.
    const keys: string[] = [];
    await page.route('**/api/service-lists/520123/publish', async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        await route.fetch();
        await route.abort('failed');
      } else {
        await route.continue();
      }
    });
    await page.locator('#publish').click();
    await page.locator('#publish-confirm').click();
    await page.locator('#version-3').waitFor();
    expect(await textOf(page, '#publish-notice')).toContain('已发布为版本 3');
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    const overview = (await portal.api.get('/api/service-lists/520123', token)).body;
    expect(overview.versions.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
    expect(overview.draft.publishedAs).toBe(3);
    const versionThree = await portal.api.get('/api/service-lists/520123/versions/3', token);
    expect(titles(versionThree.body.items)).toContain('县图书馆少儿阅览室（周末开放）');
    expect(titles(versionThree.body.items)).not.toContain('少年宫象棋班');
    expect(titles((await portal.api.get('/api/service-lists/520123/versions/2', token)).body.items)).toContain(LIBRARY);
  }, 180_000);

  it('an item that says nowhere how to act is marked until it gives a phone, a place or a step in the app', async () => {
    const page = await openServiceList();
    expect(await page.locator('#draft-lacking-ways').count()).toBe(0);
    await page.locator('#item-add').click();
    await page.locator('#item-category-culture').click();
    await fill(page, 'item-title', '周六象棋课');
    await fill(page, 'item-for-whom', '全县7到14岁的孩子。');
    await fill(page, 'item-gives', '每周六下午免费学象棋。');
    await fill(page, 'item-department', '修文县文化和旅游局');
    await fill(page, 'item-how-to-apply', '开学时留意学校的通知报名。');
    await page.locator('#item-save').click();
    await expect.poll(() => textOf(page, '#draft-lacking-ways')).toContain('有 1 项还没写怎么办');
    const marked = page.locator('[id^="item-no-way-"]');
    expect(await marked.innerText()).toContain('请填咨询电话，或选在哪里办');
    await saveWholePage(page, 'service-list-6-lacking-way-to-act');

    const itemDomId = (await marked.getAttribute('id'))!.replace('item-no-way-', '');
    await page.locator(`#item-edit-${itemDomId}`).click();
    await fill(page, 'item-hotline', '12345');
    await page.locator('#item-save').click();
    await expect.poll(() => page.locator('#draft-lacking-ways').count()).toBe(0);
    expect(await page.locator('[id^="item-no-way-"]').count()).toBe(0);
  }, 120_000);

  it('a child director has no 服务清单 link, and the API refuses them', async () => {
    const page = await signInStaffOnPortal(portal.browser, portal.server, 'director01');
    await page.locator('#staff-agreements-link').waitFor();
    expect(await page.locator('#staff-service-list-link').count()).toBe(0);
    await page.goto(`${portal.server.baseUrl}/#/packages/staff/pages/service-list/index`);
    await expect.poll(() => textOf(page, '#service-list-refused')).toContain('只有县民政局工作人员和管理员可以编辑服务清单');

    const director = await signInStaff(portal.server, 'director01');
    const read = await portal.api.get('/api/service-lists/520123', director);
    expect(read.status).toBe(403);
    expect(read.body.code).toBe('FORBIDDEN');
    const draft = (await portal.api.get('/api/service-lists/520123', await signInStaff(portal.server, 'county'))).body.draft;
    const save = await portal.api.put('/api/service-lists/520123/draft', { revision: draft.revision, items: [] }, director);
    expect(save.status).toBe(403);
    const publish = await portal.api.call('POST', '/api/service-lists/520123/publish', { token: director, body: {}, headers: { 'idempotency-key': 'director-try-1' } });
    expect(publish.status).toBe(403);
    expect((await portal.api.get('/api/service-lists/520123')).status).toBe(401);
  }, 120_000);
});

/** Issue 20 §2: the county officer sets up a place; families see it at once. */
describe('服务场所 for the county officer', () => {
  it('adds a school taking migrant children (the form says what is missing first); a family finds it among the schools', async () => {
    const page = await signInStaffOnPortal(portal.browser, portal.server, 'county');
    await page.locator('#staff-places-link').click();
    await page.locator('#places-list [id^="staff-place-"] >> nth=0').waitFor();
    await page.locator('#place-add').click();
    await page.locator('#place-save').click();
    await expect.poll(() => textOf(page, '#place-name-error')).toBe('请填写场所名称');
    expect(await textOf(page, '#place-kind-error')).toBe('请选择场所类型');
    await saveWholePage(page, 'places-1-form-errors');

    await page.locator('#place-kind-school').click();
    await fill(page, 'place-name', '六广镇中心小学（接收随迁子女）');
    await page.locator('#place-form #region-520123103').click();
    expect(await textOf(page, '#place-region')).toBe('六广镇');
    await fill(page, 'place-address', '修文县六广镇街上');
    await fill(page, 'place-phone', '0851-82351666');
    await fill(page, 'place-hours', '入学咨询：周一至周五 9:00—17:00');
    await page.locator('#place-save').click();
    await expect.poll(() => textOf(page, '#places-notice')).toContain('家长现在就能看到');
    await expect.poll(() => textOf(page, '#places-list')).toContain('六广镇中心小学（接收随迁子女）');
    expect(await textOf(page, '#places-list')).toContain('接收随迁子女的学校 · 六广镇');
    await saveWholePage(page, 'places-2-added');

    const family = await openPhonePage(portal.browser);
    await family.goto(`${portal.server.baseUrl}/#/packages/services/pages/places/index?kinds=school`);
    await expect.poll(() => textOf(family, '#places')).toContain('六广镇中心小学（接收随迁子女）');
    expect(await textOf(family, '#places')).toContain('打电话 0851-82351666');
    await saveWholePage(family, 'places-3-family-finds-it');
  }, 120_000);
});
