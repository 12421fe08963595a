import type Chain from 'webpack-chain'

/**
 * Libraries the H5 app evaluates before its own code, each from its own script and so in its own task. Evaluating
 * React DOM, Stencil (under Taro's web components), Taro's API and runtime and the app in one go held the phone's
 * main thread in one long task (Lighthouse, 4× slower CPU: 300–500 ms during which a tap waits); in steps the browser
 * can answer in between (Taro's API and runtime alone are about a fifth of the app's start).
 * They are modules the app imports anyway and do not depend on it; the entries share one webpack runtime, so each
 * module is still evaluated once.
 */
const stepsBeforeApp = ['react-dom', '@stencil/core/internal/client', '@tarojs/components/dist/components', '@tarojs/taro']

/** Taro names the H5 entry `app`; the steps are put before it so that their scripts run first. */
export function evaluateInSteps(chain: Chain): void {
  const app = chain.entryPoints.get('app').values()
  chain.entryPoints.delete('app')
  stepsBeforeApp.forEach((request, index) => chain.entry(`step${index + 1}`).add(request))
  app.forEach((request) => chain.entry('app').add(request))
  chain.optimization.runtimeChunk('single')
  startAppInNextTask(chain)
}

/**
 * Taro's entry evaluates the app's modules and then starts the app (React root, tab bar, router, the first page's
 * chunk) in the same task, about 50 ms on this machine with the 4× slower CPU Lighthouse assumes for a mid-range
 * phone: 200 ms in which a tap waits. A top-level await between the two (Taro's hook for code run just before the
 * app is created) lets the browser answer in between.
 */
function startAppInNextTask(chain: Chain): void {
  chain.plugin('mainPlugin').tap(([options, ...rest]) => {
    const loaderMeta = { ...options.loaderMeta }
    loaderMeta.execBeforeCreateWebApp = `${loaderMeta.execBeforeCreateWebApp ?? ''}await new Promise((resolve) => setTimeout(resolve))\n`
    return [{ ...options, loaderMeta }, ...rest]
  })
}
