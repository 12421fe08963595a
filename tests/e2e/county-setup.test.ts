import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
// Kept before the model imports: mongoose's inferred model types check differently when a model module comes first.
import { seededPortalSuite } from '../support/seeded-portal-suite';
import { applicationModel } from '../../server/src/applications/application-model';
import { loadParameterFiles, paymentStart, residentIdCheckCharacter, roleNames, toIsoDate } from '@ccs/shared';
import { openPhonePage } from '../support/launch-browser';
import {
  act,
  addChildOnPortal,
  documentPhoto,
  fill,
  input,
  openCase,
  saveWholePage,
  signInFamilyOnPortal,
  textOf,
  uploadDocumentOnPortal,
} from '../support/portal-pages';

const portal = seededPortalSuite();

/** 贵州省遵义市桐梓县: a real county the demo does not serve, with no figures, staff, places or service list. */
const COUNTY = '520322';
const TOWNSHIP = '520322101'; // 楚米镇
const VILLAGE = '520322101200'; // 高山村
const NEW_PASSWORD = 'Tongzi@2026';

/** The first administrator, made as docs/DEPLOY.md "First staff" says: add-staff prints a one-time password. */
async function addFirstAdmin(): Promise<string> {
  const { stdout } = await promisify(execFile)(
    'npx',
    ['tsx', 'server/scripts/add-staff.ts', '--username', 'tzadmin', '--name', '罗明', '--role', 'admin', '--region', COUNTY],
    { env: { ...process.env, MONGODB_URI: portal.server.deps.config.MONGODB_URI } },
  );
  return /Password, shown once: (\S+)/.exec(stdout)![1]!;
}

/** A staff member's first sign-in with a handed-over password: the new password comes first, then the workbench. */
async function signInFirstTime(page: Page, username: string, oneTimePassword: string): Promise<void> {
  await page.goto(`${portal.server.baseUrl}/#/packages/staff/pages/login/index`);
  await input(page, 'staff-username').fill(username);
  await input(page, 'staff-password').fill(oneTimePassword);
  await page.locator('#staff-login').click();
  await page.locator('#password-required').waitFor();
  await input(page, 'password-current').fill(oneTimePassword);
  await input(page, 'password-new').fill(NEW_PASSWORD);
  await input(page, 'password-again').fill(NEW_PASSWORD);
  await page.locator('#password-save').click();
  await page.locator('#staff-card').waitFor();
}

/** The root type size: the phone's 20px at a desk, not Taro's H5 size doubled for a 1280 px window. */
const deskTypeSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

async function staffOnPhone(browser: Browser, username: string, oneTimePassword: string): Promise<Page> {
  const page = await openPhonePage(browser);
  await signInFirstTime(page, username, oneTimePassword);
  return page;
}

/** The roster as the county's office fills it in Excel: a village director, a township supervisor, a county officer. */
async function roster(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('工作人员花名册');
  sheet.addRow(['姓名', '手机号', '岗位/角色', '村/乡镇/县', '用户名']);
  sheet.addRow(['陈小芳', '13800002201', roleNames.childDirector, VILLAGE, 'tzdirector']);
  sheet.addRow(['杨国强', '13800002202', roleNames.childSupervisor, TOWNSHIP, 'tzsupervisor']);
  sheet.addRow(['周丽', '13800002203', roleNames.countyOfficer, COUNTY, 'tzcounty']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The county's places sheet: one township clinic. */
async function placesSheet(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('服务场所');
  sheet.addRow(['名称', '类型', '村/乡镇/县代码', '地址', '电话', '开放时间', '纬度', '经度']);
  sheet.addRow(['楚米镇卫生院', '卫生院', TOWNSHIP, '桐梓县楚米镇楚米村', '0851-26630120', '全天', '', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * Issue 20 §7: 桐梓县 is set up from nothing, with no file edited and no restart: its first administrator, at a desk,
 * enters the county's rural 低保 standard, imports the staff roster, adds a 儿童之家 and publishes a service list;
 * a family there applies for 特殊困难补助金 (30% of that standard) and the new staff take it to approval.
 */
describe('a county set up from nothing', () => {
  it('admin enters 低保 720 元, imports staff, adds a place, publishes services → family applies → approved at 216 元 a month', async () => {
    const today = toIsoDate(new Date());
    const adminPassword = await addFirstAdmin();
    const context = await portal.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const admin = await context.newPage();
    await signInFirstTime(admin, 'tzadmin', adminPassword);
    expect(await textOf(admin, '#staff-card')).toContain('桐梓县');

    // Families can pick the county's villages from now on; a second tap loads nothing twice.
    await admin.locator('#open-region-button').click();
    await expect.poll(() => textOf(admin, '#open-region-result'), { timeout: 20_000 }).toMatch(/^已载入桐梓县的\d+个村（社区）/);
    // The workbench's region list now goes down to the county's townships and villages without reloading the page.
    await expect.poll(() => textOf(admin, '#region-520322002')).toContain('娄山关街道');
    await admin.locator('#open-region-button').click();
    await expect.poll(() => textOf(admin, '#open-region-result'), { timeout: 20_000 }).toMatch(/^桐梓县的村（社区）名单早已载入/);
    await saveWholePage(admin, 'county-setup-0-open-region');

    // The county's own rural 低保 standard, in force from the first of this month.
    await admin.locator('#staff-figures-link').click();
    const rural = '#figure-benefits-minimum_living_standard-rural';
    await expect.poll(() => textOf(admin, `${rural}-in-force`)).toContain('尚未录入');
    expect(await deskTypeSize(admin)).toBe('20px');
    await admin.locator(`${rural}-add`).click();
    await input(admin, 'figure-value').fill('720');
    await input(admin, 'figure-from').fill(`${today.slice(0, 7)}-01`);
    await input(admin, 'figure-document').fill('桐民发〔2026〕9号');
    await admin.locator('#figure-preview').click();
    await expect.poll(() => textOf(admin, '#figure-preview-counts')).toContain('本地待审批的申请共 0 件');
    await admin.locator('#figure-save').click();
    await expect.poll(() => textOf(admin, `${rural}-in-force`)).toContain('720');
    await saveWholePage(admin, 'county-setup-1-figure');

    // The roster, all three in one upload, each with a one-time password to hand over.
    await admin.goto(`${portal.server.baseUrl}/#/packages/staff/pages/accounts/index`);
    const chooser = admin.waitForEvent('filechooser');
    await admin.locator('#roster-upload').click();
    await (await chooser).setFiles({ name: '桐梓县花名册.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await roster() });
    await expect.poll(() => textOf(admin, '#import-summary')).toContain('已导入3个账号');
    const passwordOfRow = async (row: number) => /临时密码：(\S+)/.exec(await textOf(admin, `#import-row-${row}`))![1]!;
    const [directorPassword, supervisorPassword, countyPassword] = [await passwordOfRow(2), await passwordOfRow(3), await passwordOfRow(4)];
    await expect.poll(() => textOf(admin, '#accounts-list')).toContain('陈小芳');
    await saveWholePage(admin, 'county-setup-2-roster');

    // 高山村儿童之家, which the service list then names.
    await admin.goto(`${portal.server.baseUrl}/#/packages/staff/pages/places/index`);
    await admin.locator('#place-add').click();
    await admin.locator('#place-kind-childrenHome').click();
    await fill(admin, 'place-name', '高山村儿童之家');
    await admin.locator(`#place-form #region-${TOWNSHIP}`).click();
    await admin.locator(`#place-form #region-${VILLAGE}`).click();
    expect(await textOf(admin, '#place-region')).toBe('高山村');
    await fill(admin, 'place-address', '桐梓县楚米镇高山村村委会一楼');
    await fill(admin, 'place-phone', '0851-26612345');
    await fill(admin, 'place-hours', '周一至周五 15:30—18:00');
    await admin.locator('#place-save').click();
    await expect.poll(() => textOf(admin, '#places-list')).toContain('高山村儿童之家');
    // The township's clinic from the county's own list, as a sheet.
    const placesChooser = admin.waitForEvent('filechooser');
    await admin.locator('#place-upload').click();
    await (await placesChooser).setFiles({ name: '桐梓县服务场所.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await placesSheet() });
    await expect.poll(() => textOf(admin, '#place-import-summary')).toBe('已导入1行：新添加1个，更新0个，0个没有变化。家长现在就能看到。');
    await expect.poll(() => textOf(admin, '#places-list')).toContain('楚米镇卫生院');
    await saveWholePage(admin, 'county-setup-3-place');

    await admin.goto(`${portal.server.baseUrl}/#/packages/staff/pages/service-list/index`);
    await admin.locator('#item-add').click();
    expect(await deskTypeSize(admin)).toBe('20px');
    await admin.locator('#item-category-culture').click();
    await fill(admin, 'item-title', '高山村儿童之家课后活动');
    await fill(admin, 'item-for-whom', '高山村和附近村的孩子。');
    await fill(admin, 'item-gives', '放学后有人照看，辅导作业，周末有手工和阅读。');
    await fill(admin, 'item-department', '桐梓县民政局');
    await fill(admin, 'item-how-to-apply', '放学后直接去村委会一楼，第一次由家长陪同登记。');
    await admin.locator('#item-place-ids [id^="item-place-id-"]', { hasText: '高山村儿童之家' }).click();
    await admin.locator('#item-save').click();
    await expect.poll(() => textOf(admin, '#list-notice')).toContain('保存到草稿');
    await admin.locator('#publish').click();
    await admin.locator('#publish-confirm').click();
    await expect.poll(() => textOf(admin, '#version-1')).toContain('家长现在看到的');
    await saveWholePage(admin, 'county-setup-4-service-list');
    await context.close();
    // What a family's app reads for the village at once: the county's item, and the place it names with its phone.
    const services = (await portal.api.get(`/api/services?region=${VILLAGE}`)).body.items as { title: string; placeIds?: string[] }[];
    const placeIds = services.find((item) => item.title === '高山村儿童之家课后活动')?.placeIds ?? [];
    expect(placeIds).toHaveLength(1);
    expect((await portal.api.get(`/api/places/${placeIds[0]}`)).body).toMatchObject({ name: '高山村儿童之家', phone: '0851-26612345' });

    // A family of 高山村 on the phone: the child, then 特殊困难补助金 priced from the figure just entered.
    const parent = await openPhonePage(portal.browser);
    await signInFamilyOnPortal(parent, portal.server, '13900002209');
    await parent.goto(`${portal.server.baseUrl}/#/pages/index/index`);
    await parent.locator('#home-entry-apply').click();
    await parent.locator('#screen-child').waitFor();
    const first17 = `${COUNTY}20160505123`;
    await addChildOnPortal(parent, {
      name: '罗小军',
      residentId: first17 + residentIdCheckCharacter(first17),
      relation: 'mother',
      villagePath: ['5203', COUNTY, TOWNSHIP, VILLAGE],
    });
    await parent.locator('#programme-specialHardshipGrant').click();
    await parent.locator('#question-household-rural').click();
    await parent.locator('[id^="screen-questions-"]:visible #next').click();
    await parent.locator('#question-familyAssistance-minimumLiving').click();
    await parent.locator('[id^="screen-questions-"]:visible #next').click();
    await parent.locator('#question-schooling-compulsory').click();
    await parent.locator('#question-enrolled-yes').click();
    await parent.locator('[id^="screen-questions-"]:visible #next').click();
    await parent.locator('#screen-documents').waitFor();
    for (const kind of ['hukouBook', 'assistanceCertificate', 'enrollmentProof']) {
      await uploadDocumentOnPortal(parent, kind, await documentPhoto(portal.browser, `${kind} 罗小军`));
    }
    await parent.locator('#screen-documents #next').click();
    await parent.locator('#screen-check').waitFor();
    expect(await textOf(parent, '#expected-amount')).toBe('当地农村低保标准 720 元 × 30% = 每月 216 元');
    await parent.locator('#consent').click();
    await parent.locator('#submit').click();
    await parent.locator('#screen-done').waitFor();
    const reference = /\d{6}-\d{4}-\d{6}/.exec(await textOf(parent, '#application-reference'))![0];
    expect(await textOf(parent, '#application-holder')).toContain('陈小芳');
    await saveWholePage(parent, 'county-setup-5-family-submitted');
    const applicationId = (await applicationModel(portal.server.deps.db).findOne({ reference }).lean())!._id.toHexString();

    const director = await staffOnPhone(portal.browser, 'tzdirector', directorPassword);
    await openCase(director, applicationId);
    expect(await textOf(director, '#case-evaluation')).toContain('每月 216 元');
    await director.locator('#action-verify').click();
    await fill(director, 'action-notes', '入户核实：农村低保证、在校证明与户口簿一致。');
    await director.locator('#action-submit').click();
    await expect.poll(() => textOf(director, '#case-status')).toContain('乡镇（街道）审核中');
    await saveWholePage(director, 'county-setup-6-director-verified');

    const supervisor = await staffOnPhone(portal.browser, 'tzsupervisor', supervisorPassword);
    await openCase(supervisor, applicationId);
    await act(supervisor, 'forward');
    await expect.poll(() => textOf(supervisor, '#case-status')).toContain('县民政局审批中');

    const county = await staffOnPhone(portal.browser, 'tzcounty', countyPassword);
    await openCase(county, applicationId);
    await act(county, 'approve');
    await expect.poll(() => textOf(county, '#case-status')).toContain('已批准');
    await saveWholePage(county, 'county-setup-7-county-approved');

    await parent.goto(`${portal.server.baseUrl}/#/packages/family/pages/application/index?id=${applicationId}`);
    const from = paymentStart(today, VILLAGE, loadParameterFiles());
    await expect
      .poll(() => textOf(parent, '#grant-summary:visible'))
      .toBe(`已批准，每月 216 元，自${from.slice(0, 4)}年${Number(from.slice(5, 7))}月起发放`);
    expect(await textOf(parent, '#timeline:visible')).toContain('县民政局已批准');
    await saveWholePage(parent, 'county-setup-8-family-approved');
  }, 180_000);
});
