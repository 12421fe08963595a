import type { Compilation, Compiler } from 'webpack'

/**
 * A webpack plugin that rewrites the H5 `index.html` once HtmlWebpackPlugin has written it (it does so at the
 * OPTIMIZE_INLINE stage); a subclass says how.
 */
export abstract class RewriteIndexHtml {
  protected abstract rewrite(html: string, compilation: Compilation): string

  apply(compiler: Compiler): void {
    const name = this.constructor.name
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const html = compilation.getAsset('index.html')
        if (!html) return
        const source = this.rewrite(html.source.source().toString(), compilation)
        compilation.updateAsset('index.html', new compilation.compiler.webpack.sources.RawSource(source))
      })
    })
  }
}
