import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '@ccs/shared';
import { startTestServer, type TestServer } from '../../server/test-support/start-test-server';
import { seedCounty, signInFamily, startDraft, submitApplication } from '../../server/test-support/case-fixtures';
import { addChild, draftFor } from '../../server/test-support/agreement-fixtures';
import { httpClient } from '../../server/test-support/http-client';
import { weappSandbox, type WeappSandbox } from './weapp-sandbox';
import { textOf, weappView, type WeappView } from './weapp-view';

const WEAPP = join(import.meta.dirname, '..', '..', 'miniapp', 'dist', 'weapp');
const readJson = (path: string) => JSON.parse(readFileSync(join(WEAPP, path), 'utf8'));
const appJson = readJson('app.json') as { pages: string[]; subPackages: { root: string; pages: string[] }[]; window: { navigationBarTitleText: string } };
const routes = [...appJson.pages, ...appJson.subPackages.flatMap((sub) => sub.pages.map((page) => `${sub.root}/${page}`))];

/** Whether the page's data holds an element with this id (Taro puts an element's id in `uid`). */
function hasElement(node: unknown, id: string): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const element = node as { uid?: string; cn?: unknown[]; root?: unknown };
  return element.uid === id || [element.root, ...(element.cn ?? [])].some((child) => hasElement(child, id));
}

interface Seen {
  route: string;
  /** What WeChat draws in its bar: the page's own title, else the app's. */
  barTitle: string;
  words: string[];
  /** Logic-layer errors and warnings (React's included), then the WXML runtime's and the WXSS runtime's. */
  problems: string[];
  cssBytes: number;
}

/**
 * The built weapp as a phone runs it (issue 19): its JS in a sandbox shaped like WeChat's logic layer (no window or
 * document, eval refused, every `wx` API stubbed by name, `wx.request` to this test's API), every page's lifecycle
 * run, and the data it sets rendered by WeChat's own WXML and WXSS compilers. Signed out, as a family signed in by
 * `wx.login` (through the dev code2Session stand-in) and as a county officer.
 */
describe('the built mini-program, run as WeChat runs it', () => {
  let server: TestServer;
  let view: WeappView;

  beforeAll(async () => {
    server = await startTestServer();
    await seedCounty(server);
    view = weappView(WEAPP);
  }, 120_000);
  afterAll(() => server?.close());

  async function visit(sandbox: WeappSandbox, route: string, query: Record<string, string> = {}): Promise<Seen> {
    const page = await sandbox.open(route, query);
    const rendered = view.render(route, page.data);
    const style = view.style(route);
    await sandbox.close(page);
    const ownTitle = (readJson(`${route}.json`) as { navigationBarTitleText?: string }).navigationBarTitleText;
    return {
      route: query && Object.keys(query).length > 0 ? `${route}?${new URLSearchParams(query)}` : route,
      barTitle: ownTitle ?? appJson.window.navigationBarTitleText,
      words: textOf(rendered.tree),
      problems: [...sandbox.problems.splice(0), ...rendered.warnings, ...style.warnings],
      cssBytes: style.css.length,
    };
  }

  /** Each page ran without an error, named itself and shows words that are not a load that never finished. */
  function expectShown(seen: Seen) {
    expect.soft(seen.problems, seen.route).toEqual([]);
    expect.soft(seen.barTitle, seen.route).toMatch(/\p{Script=Han}/u);
    expect.soft(seen.words.length, `${seen.route} shows words`).toBeGreaterThan(0);
    expect.soft(seen.words.filter((words) => /^正在.*…$/.test(words)), `${seen.route} still loading`).toEqual([]);
  }

  async function visitEvery(sandbox: WeappSandbox, queries: Record<string, Record<string, string>> = {}): Promise<Seen[]> {
    const seen: Seen[] = [];
    for (const route of routes) seen.push(await visit(sandbox, route));
    for (const [route, query] of Object.entries(queries)) seen.push(await visit(sandbox, route, query));
    for (const page of seen) expectShown(page);
    return seen;
  }

  const sandboxFor = (settings: { loginCode?: string; session?: Session } = {}) =>
    weappSandbox({ root: WEAPP, apiOrigin: server.baseUrl, loginCode: settings.loginCode, storage: new Map(settings.session ? [['ccs.session', settings.session]] : []) });

  it('launches and shows every page to someone signed out, the family pages asking to sign in first', async () => {
    const sandbox = sandboxFor();
    await sandbox.launch();
    expect(sandbox.problems).toEqual([]);
    const seen = await visitEvery(sandbox);
    const home = seen.find((page) => page.route === 'pages/index/index')!;
    expect(home.words).toContain('儿童关爱服务');
    expect(home.cssBytes).toBeGreaterThan(0);
    expect(seen.find((page) => page.route === 'packages/family/pages/applications/index')!.words).toContain('请先登录');
    // The page a family is sent to from a shared link: an agreement with no id in it says so and leads back.
    expect(seen.find((page) => page.route === 'packages/agreements/pages/agreement/index')!.words).toContain('请先登录');
  }, 60_000);

  it('signs a family in by wx.login on 我的 and shows every page, with and without the id a page is opened with', async () => {
    const sandbox = sandboxFor({ loginCode: 'weapp-sandbox-family' });
    await sandbox.launch();
    const mine = await sandbox.open('pages/mine/index');
    if (hasElement(mine.data, 'sign-in-terms')) await sandbox.tap(mine, 'sign-in-terms');
    await sandbox.tap(mine, 'wechat-login');
    const account = textOf(view.render('pages/mine/index', mine.data).tree);
    expect(account).toContain('家长/监护人');
    // A WeChat account with no phone is offered WeChat's own phone button, which links it to the portal's account.
    expect(account).toContain('用手机号关联账号');
    await sandbox.close(mine);
    expect(sandbox.calls).toContain('login');

    const token = (sandbox.storage.get('ccs.session') as Session).accessToken;
    const { applicationId } = await submitApplication(server, token);
    const draftId = await startDraft(server, token);
    const agreementId = randomUUID();
    const agreement = await httpClient(server.baseUrl).call('PUT', `/api/agreements/${agreementId}`, { token, body: draftFor([await addChild(server, token)]) });
    expect(agreement.status).toBe(201);

    const seen = await visitEvery(sandbox, {
      'packages/family/pages/application/index': { id: applicationId },
      'packages/family/pages/application-form/index': { applicationId: draftId },
      'packages/agreements/pages/agreement/index': { id: agreementId },
      'packages/agreements/pages/draft/index': { agreementId },
      'packages/agreements/pages/sign/index': { id: agreementId, party: 'parent' },
    });
    const words = (route: string) => seen.find((page) => page.route === route)!.words;
    expect(words(`packages/family/pages/application/index?id=${applicationId}`)).toContain('小明');
    for (const route of ['packages/family/pages/application/index', 'packages/agreements/pages/agreement/index', 'packages/agreements/pages/sign/index']) {
      expect(words(route), route).toContain('这个链接不完整');
    }
  }, 60_000);

  it('shows every page to a county officer signed in before, a case and its child file opened by id', async () => {
    const api = httpClient(server.baseUrl);
    const signedIn = await api.post('/api/auth/staff-login', { username: 'county', password: 'Demo@2026' });
    const sandbox = sandboxFor({ session: signedIn.body as Session });
    await sandbox.launch();
    const { applicationId, childId } = await submitApplication(server, await signInFamily(server, '13800000019'));
    const seen = await visitEvery(sandbox, {
      'packages/staff/pages/case/index': { id: applicationId },
      'packages/staff/pages/child/index': { id: childId },
    });
    expect(seen.find((page) => page.route === `packages/staff/pages/case/index?id=${applicationId}`)!.words).toContain('小明');
    expect(seen.find((page) => page.route === 'packages/staff/pages/home/index')!.words).toContain('我的待办');
  }, 60_000);
});
