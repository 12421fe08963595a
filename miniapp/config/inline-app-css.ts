import type { Compilation, Compiler } from 'webpack'

const stylesheetLink = /<link href="([^"]+\.css)" rel="stylesheet">/g

/**
 * Puts the app's own stylesheet (about 2 KB) into `index.html` instead of linking it (H5). A linked stylesheet
 * holds back the first paint until it has downloaded, which on a weak signal is one more round trip before the
 * family sees anything (Lighthouse: about 150 ms on slow 4G).
 */
export class InlineAppCss {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('InlineAppCss', (compilation) => {
      // After HtmlWebpackPlugin has written index.html (it runs at the OPTIMIZE_INLINE stage).
      compilation.hooks.processAssets.tap(
        { name: 'InlineAppCss', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => inline(compilation),
      )
    })
  }
}

function inline(compilation: Compilation): void {
  const html = compilation.getAsset('index.html')
  if (!html) return
  const publicPath = String(compilation.outputOptions.publicPath ?? '/')
  const source = html.source.source().toString().replace(stylesheetLink, (link, href: string) => {
    const css = compilation.getAsset(href.startsWith(publicPath) ? href.slice(publicPath.length) : href)
    return css ? `<style>${css.source.source().toString()}</style>` : link
  })
  compilation.updateAsset('index.html', new compilation.compiler.webpack.sources.RawSource(source))
}
