import type { Compilation } from 'webpack'
import { RewriteIndexHtml } from './rewrite-index-html'

const stylesheetLink = /<link href="([^"]+\.css)" rel="stylesheet">/g

/**
 * Puts the app's own stylesheet (about 2 KB) into `index.html` instead of linking it (H5). A linked stylesheet
 * holds back the first paint until it has downloaded, which on a weak signal is one more round trip before the
 * family sees anything (Lighthouse: about 150 ms on slow 4G).
 */
export class InlineAppCss extends RewriteIndexHtml {
  protected rewrite(html: string, compilation: Compilation): string {
    const publicPath = String(compilation.outputOptions.publicPath ?? '/')
    return html.replace(stylesheetLink, (link, href: string) => {
      const css = compilation.getAsset(href.startsWith(publicPath) ? href.slice(publicPath.length) : href)
      return css ? `<style>${css.source.source().toString()}</style>` : link
    })
  }
}
