import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'
import { InlineAppCss } from './inline-app-css'
import { evaluateInSteps } from './evaluate-in-steps'
import { FirstScreen } from './first-screen'
import { EmitProjectConfig, weappSettings, weappSubscribeTemplateIds } from './weapp-release'
import type Chain from 'webpack-chain'

const platform = process.env.TARO_ENV

/** The mini-program's AppID and API origin from the environment; a release build missing one stops here, a line each. */
const weapp = weappSettings(process.env)
const subscribeTemplates = weappSubscribeTemplateIds(process.env)
const weappProblems = [...weapp.problems, ...subscribeTemplates.problems]
if (platform === 'weapp' && weappProblems.length > 0) {
  for (const problem of weappProblems) console.error(`Release build refused: ${problem} (docs/weapp-release.md)`)
  process.exit(1)
}

/**
 * H5 is served by the API server on the same origin, so it calls a relative `/api`.
 * The mini-program needs an absolute origin (WeChat allow-lists request domains).
 */
const apiBase = platform === 'h5' ? '' : weapp.settings.apiBase

/**
 * `@ccs/shared` is TypeScript source reached through the workspace symlink; webpack resolves the
 * symlink to ../shared, which is outside `src`, so Taro's babel rule must be told to compile it.
 */
const sharedSource = path.resolve(__dirname, '../../shared/src')

/**
 * zod ships ES2020 (`?.`, `??`), which babel leaves alone under node_modules: compiled like our code, down to what
 * the browserslist phones run, so no package depends on the devtools' ES6→ES5 step (tests/weapp-build.test.ts).
 */
const zodSource = path.dirname(require.resolve('zod/package.json'))

/**
 * npm keeps this plugin in miniapp/node_modules (not hoisted), where @tarojs/taro-h5 in the root
 * node_modules cannot find its runtime; point the H5 bundle at it.
 */
const reactPlugin = path.resolve(__dirname, '../node_modules/@tarojs/plugin-framework-react')

/**
 * Taro's component styles (8 KB) go into the app's stylesheet, first, instead of being injected by script at the top
 * of <head> while the app starts: the same order, without the phone restyling the page in the middle of its start
 * (Lighthouse TBT on the apply page from 290–530 ms to 150–290 ms). Production only, where Taro extracts the app's own
 * styles with the same plugin (its instance, found through Taro's runner).
 */
function extractTaroStyles(chain: Chain) {
  const runner = path.dirname(require.resolve('@tarojs/webpack5-runner/package.json'))
  const { loader } = require(require.resolve('mini-css-extract-plugin', { paths: [runner] }))
  chain.module.rule('taroStyle').uses.clear()
  chain.module.rule('taroStyle').use('extract').loader(loader)
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'child-care-services',
    date: '2026-11-23',
    // Our SCSS and NutUI's are both written for a 375px-wide phone, so px reads as real CSS px.
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [],
    // H5 asks for no subscribe messages: only the mini-program has them.
    defineConstants: { API_BASE: JSON.stringify(apiBase), SUBSCRIBE_TEMPLATE_IDS: JSON.stringify(platform === 'weapp' ? subscribeTemplates.ids : {}) },
    alias: { '@tarojs/plugin-framework-react': reactPlugin },
    // The portal's tab icon doubles as its browser icon, so a browser's default /favicon.ico request never 404s.
    // WeChat reads which pages its search may index from sitemap.json (app.config.ts sitemapLocation).
    copy: {
      patterns:
        platform === 'h5'
          ? [{ from: 'src/assets/tab/home-active.png', to: 'dist/h5/favicon.png' }]
          : [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [sharedSource, zodSource] },
      // Page styles override NutUI with more specific selectors, so chunk CSS order does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        chain.plugin('emitProjectConfig').use(EmitProjectConfig, [weapp.settings])
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [sharedSource] },
      output: { filename: 'js/[name].[hash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[hash].css', chunkFilename: 'css/[name].[chunkhash].css' },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        // Pages load as async chunks; let them share NutUI and zod instead of each carrying a copy. But a phone
        // fetches only 6 files at a time from one server, and on a weak signal each round of files costs a round
        // trip: code under 10 KB stays in the page's own chunk and a page's code comes in at most 8 files (the apply
        // page went from 42 requests to 20; on Lighthouse's slow 4G each page's largest paint comes sooner).
        chain.optimization.merge({ splitChunks: { chunks: 'all', minSize: 10000, maxAsyncRequests: 8 } })
        if (process.env.NODE_ENV !== 'development') extractTaroStyles(chain)
        chain.plugin('inlineAppCss').use(InlineAppCss)
        chain.plugin('firstScreen').use(FirstScreen)
        evaluateInSteps(chain)
      },
    },
  }
  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
