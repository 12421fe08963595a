import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { weappSettings, weappSubscribeTemplateIds } from '../miniapp/config/weapp-release';
import { privacyGuideLines, privacyInfoApis, privacyUses } from '../miniapp/scripts/privacy-uses';
import { deprecatedWxApis } from './weapp/wx-api-names';

const MINIAPP = join(import.meta.dirname, '..', 'miniapp');
const WEAPP = join(MINIAPP, 'dist', 'weapp');
const readJson = (path: string) => JSON.parse(readFileSync(join(WEAPP, path), 'utf8'));

/** The `Taro.` APIs the mini-program's source calls, and the button open-types it uses (`getPhoneNumber`), H5-only files left out, each once. */
function taroApisCalled(): Set<string> {
  const source = join(MINIAPP, 'src');
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tsx?$/.test(name) && !/\.(h5|test)\.tsx?$/.test(name));
  const uses = /\bTaro\.(\w+)\s*\(|\bopenType=['"](\w+)['"]/g;
  return new Set(files.flatMap((file) => [...readFileSync(join(source, file), 'utf8').matchAll(uses)].map((match) => (match[1] ?? match[2])!)));
}

describe('mini-program release settings (issue 19)', () => {
  const release = { WEAPP_RELEASE: '1', WEAPP_APPID: 'wx0123456789abcdef', TARO_APP_API_BASE: 'https://api.example.cn' };

  it('takes the AppID and the HTTPS API origin of a release build from its environment', () => {
    expect(weappSettings(release)).toEqual({ settings: { appid: 'wx0123456789abcdef', apiBase: 'https://api.example.cn', release: true }, problems: [] });
    expect(weappSettings({ ...release, TARO_APP_API_BASE: 'https://api.example.cn/' }).settings.apiBase).toBe('https://api.example.cn');
  });

  it('refuses a release build without the API origin, with a plain http one, one with a path, or without the AppID: a line each', () => {
    const problems = (env: Record<string, string | undefined>) => weappSettings(env).problems;
    expect(problems({ ...release, TARO_APP_API_BASE: undefined })).toEqual([expect.stringMatching(/^TARO_APP_API_BASE is required/)]);
    expect(problems({ ...release, TARO_APP_API_BASE: 'http://api.example.cn' })).toEqual([expect.stringMatching(/^TARO_APP_API_BASE must be an https:\/\/ origin/)]);
    expect(problems({ ...release, TARO_APP_API_BASE: 'https://example.cn/api' })).toHaveLength(1);
    expect(problems({ ...release, WEAPP_APPID: undefined })).toEqual([expect.stringMatching(/^WEAPP_APPID must be/)]);
    expect(problems({ ...release, WEAPP_APPID: 'touristappid' })).toHaveLength(1);
  });

  it('lets a development build fall back to the placeholder AppID and the local API', () => {
    expect(weappSettings({})).toEqual({ settings: { appid: 'touristappid', apiBase: 'http://127.0.0.1:3000', release: false }, problems: [] });
  });

  it('takes the subscribe messages’ template ids from the build’s environment, none when unset, a line per malformed entry', () => {
    expect(weappSubscribeTemplateIds({ WEAPP_SUBSCRIBE_TEMPLATE_IDS: 'caseStep=Abc-12_x, agreementNotice=Def34' })).toEqual({
      ids: { caseStep: 'Abc-12_x', agreementNotice: 'Def34' },
      problems: [],
    });
    expect(weappSubscribeTemplateIds({})).toEqual({ ids: {}, problems: [] });
    expect(weappSubscribeTemplateIds({ WEAPP_SUBSCRIBE_TEMPLATE_IDS: 'caseStep,agreementNotice=a b' }).problems).toEqual([
      'WEAPP_SUBSCRIBE_TEMPLATE_IDS must be name=templateId pairs, comma-separated: caseStep',
      'WEAPP_SUBSCRIBE_TEMPLATE_IDS must be name=templateId pairs, comma-separated: agreementNotice=a b',
    ]);
  });

  it('stops `taro build` for a release without the API origin before building anything, saying why in one line', async () => {
    const build = promisify(execFile)(join(MINIAPP, '..', 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
      cwd: MINIAPP,
      env: { ...process.env, WEAPP_RELEASE: '1', WEAPP_APPID: release.WEAPP_APPID, TARO_APP_API_BASE: '' },
    });
    const failed = await build.then(() => null, (error: { code: number; stderr: string }) => error);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Release build refused: TARO_APP_API_BASE is required/)]);
  }, 60_000);

  it('builds with lazy component injection, a sitemap that keeps family pages out of search, and the devtools project file', () => {
    const app = readJson('app.json');
    expect(app).toMatchObject({ lazyCodeLoading: 'requiredComponents', sitemapLocation: 'sitemap.json' });
    const rules = readJson('sitemap.json').rules as { action: string; page: string }[];
    expect(rules.at(-1)).toEqual({ action: 'disallow', page: '*' });
    expect(rules.filter((rule) => rule.action === 'allow').every((rule) => /^(pages\/index|packages\/services)\//.test(rule.page))).toBe(true);
    expect(readJson('project.config.json')).toMatchObject({ appid: 'touristappid', compileType: 'miniprogram', miniprogramRoot: './' });
  });

  it('calls no API WeChat has deprecated (chooseMedia, not chooseImage)', () => {
    const called = taroApisCalled();
    expect(called).toContain('chooseMedia');
    expect([...called].filter((api) => deprecatedWxApis().has(api))).toEqual([]);
  }, 60_000);

  it('declares in the privacy guide every API the code calls that needs privacy authorisation, and none it does not call', () => {
    const called = taroApisCalled();
    const needAuthorisation = new Set(Object.values(privacyInfoApis).flat());
    const declared = privacyUses.flatMap((use) => use.apis);
    expect([...called].filter((api) => needAuthorisation.has(api)).sort()).toEqual([...declared].sort());
    for (const use of privacyUses) expect(privacyInfoApis[use.info], use.info).toEqual(expect.arrayContaining([...use.apis]));
    // What app.json declares for WeChat's review (requiredPrivateInfos) is in the guide too.
    for (const api of readJson('app.json').requiredPrivateInfos as string[]) expect(declared).toContain(api);
    expect(privacyGuideLines()).toContain('开发者将在获取你的明示同意后，收集你的位置信息，用于在您点“用我的位置”时，按远近排列附近的儿童之家等服务地点；位置只用来排序，不保存。');
  });
});
