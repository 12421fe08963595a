import type { Compiler } from 'webpack'

/** WeChat's placeholder AppID: the devtools open a project with it, but it can be neither previewed nor uploaded. */
const touristAppId = 'touristappid'
/** The API a development build calls: `npm start` on this machine. */
const localApi = 'http://127.0.0.1:3000'

export interface WeappSettings {
  appid: string
  /** The origin every request goes to (the API serves `/api/...` under it). */
  apiBase: string
  release: boolean
}

/**
 * The mini-program's settings, read from the environment when it is built (docs/weapp-release.md). A release build
 * (`WEAPP_RELEASE=1`, `npm run build:weapp:release`) is the one uploaded to WeChat: it must name the AppID and the
 * API's https:// origin, since a released mini-program may only call registered HTTPS domains; each missing or
 * wrong setting is one line in `problems`. A development build falls back to the placeholder AppID and the local API.
 */
export function weappSettings(env: Record<string, string | undefined>): { settings: WeappSettings; problems: string[] } {
  const release = env.WEAPP_RELEASE === '1'
  const appid = env.WEAPP_APPID?.trim() || touristAppId
  const apiBase = env.TARO_APP_API_BASE?.trim() || (release ? '' : localApi)
  const problems: string[] = []
  if (release) {
    if (!/^wx[0-9a-f]{16}$/.test(appid)) {
      problems.push('WEAPP_APPID must be the mini-program\'s AppID (wx and 16 hex digits, 开发管理 → 开发设置 on mp.weixin.qq.com)')
    }
    if (!apiBase) problems.push('TARO_APP_API_BASE is required: the https:// origin of the API, e.g. https://api.example.cn')
    else if (!isHttpsOrigin(apiBase)) problems.push(`TARO_APP_API_BASE must be an https:// origin with no path (WeChat calls only registered HTTPS domains): ${apiBase}`)
  }
  return { settings: { appid, apiBase: apiBase.replace(/\/$/, ''), release }, problems }
}

/**
 * The subscribe messages' template ids the mini-program asks for (`wx.requestSubscribeMessage`), read when it is
 * built from `WEAPP_SUBSCRIBE_TEMPLATE_IDS`: the same `caseStep=<id>,agreementNotice=<id>` list the server is given as
 * WECHAT_SUBSCRIBE_TEMPLATE_IDS (docs/weapp-release.md). Unset, the app asks for nothing; a malformed entry is a problem.
 */
export function weappSubscribeTemplateIds(env: Record<string, string | undefined>): { ids: Record<string, string>; problems: string[] } {
  const ids: Record<string, string> = {}
  const problems: string[] = []
  for (const entry of (env.WEAPP_SUBSCRIBE_TEMPLATE_IDS ?? '').split(',').map((part) => part.trim()).filter(Boolean)) {
    const [name, id, ...rest] = entry.split('=').map((part) => part.trim())
    if (!name || !id || rest.length > 0 || !/^[\w-]+$/.test(id)) problems.push(`WEAPP_SUBSCRIBE_TEMPLATE_IDS must be name=templateId pairs, comma-separated: ${entry}`)
    else ids[name] = id
  }
  return { ids, problems }
}

function isHttpsOrigin(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.pathname === '/' && !url.search && !url.hash && !url.username
  } catch {
    return false
  }
}

/**
 * The devtools' and miniprogram-ci's project file for the built folder, so `miniapp/dist/weapp` is opened or
 * uploaded as it is. A release build checks request domains (urlCheck) as the phone will; the code is already
 * ES2017 (tests/weapp-build.test.ts), the devtools' ES6→ES5 step stays on for the phones WeChat still serves older.
 */
export function projectConfig(settings: WeappSettings) {
  return {
    description: '儿童关爱服务 mini-program, built by `npm run build:weapp` (docs/weapp-release.md)',
    projectname: 'child-care-services',
    appid: settings.appid,
    compileType: 'miniprogram',
    miniprogramRoot: './',
    setting: { urlCheck: settings.release, es6: true, minified: true },
  }
}

/** Writes `project.config.json` into the weapp's output. */
export class EmitProjectConfig {
  constructor(private readonly settings: WeappSettings) {}

  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('EmitProjectConfig', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitProjectConfig', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const json = `${JSON.stringify(projectConfig(this.settings), null, 2)}\n`
        compilation.emitAsset('project.config.json', new compiler.webpack.sources.RawSource(json))
      })
    })
  }
}
