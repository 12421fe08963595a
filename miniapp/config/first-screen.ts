import path from 'node:path'
import { requireWithEsbuild } from '@tarojs/helper'
import { RewriteIndexHtml } from './rewrite-index-html'
import type { FirstScreen as Screen } from '../src/first-screen/first-screens'

/** Taro compiles only `config/` for itself; modules of `src/` are bundled on the way, as Taro reads page configs. */
const fromSource = <T>(file: string): T =>
  requireWithEsbuild(path.resolve(__dirname, '../src', file), { customSwcConfig: { module: { type: 'commonjs' } } }) as T

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Writes into the H5 `index.html` a tiny script that shows the opened page's title and lead at once, before the
 * app's scripts have arrived and run (on Lighthouse's slow 4G with a 4× slower phone: 1 s instead of 3 s), chosen
 * from `src/first-screen/first-screens.ts` by the route in `location.hash` and what the phone keeps. PageFrame takes
 * it away when the page draws its own (`lib/remove-first-screen.h5.ts`). The server's CSP allows the script by the
 * hash of the built file (server/src/http/security-headers.ts).
 */
export class FirstScreen extends RewriteIndexHtml {
  protected rewrite(html: string): string {
    return html.replace('<body>', `<body><script>${firstScreenScript(rootFontSizing(html))}</script>`)
  }
}

/**
 * Taro's script in the head sizes the root font (`rem`) from the page's box: `x = factor × shorter side / width`,
 * between a floor and a ceiling. Read from that script, so the first screen sizes it by the same formula.
 */
function rootFontSizing(html: string): string {
  const found = /x=([\d.]+)\*w\/(\d+);e\.style\.fontSize=x>=(\d+)\?"\d+px":x<=(\d+)\?/.exec(html)
  if (!found) throw new Error("first-screen: Taro's root font script in index.html has changed; update rootFontSizing")
  const [, factor, designWidth, max, min] = found
  return `var d=document.documentElement,x=${factor}*Math.min(innerWidth,innerHeight)/${designWidth};d.style.fontSize=(x>=${max}?${max}:x<=${min}?${min}:x)+"px"`
}

/**
 * Plain ES5 (it runs on old phones before any polyfill); storage may be refused, and then nothing is shown. Taro's
 * head script measured the page before it had any height, so on a phone held sideways it took the width; the first
 * screen sizes the root font again from the window, as tall as the page will be, so its words are drawn at the size
 * the page will have. Before the words are put in, while the page is still empty: reading the window's size makes the
 * browser lay the page out, and the first words in Chinese are the costly part of that (finding the fonts), which
 * is better left to the first paint than done twice. Not by a resize event either, whose handler also measures
 * again half a second later, in the middle of the app's start.
 */
function firstScreenScript(sizeRootFont: string): string {
  const { firstScreens } = fromSource<{ firstScreens: Screen[] }>('first-screen/first-screens.ts')
  const { textSizeChoiceKey } = fromSource<{ textSizeChoiceKey: string }>('text-size/create-text-size-store.ts')
  const screens = firstScreens.map(({ path, block, when, title, lead }) => ({
    path,
    block,
    key: when?.key,
    stored: when?.stored,
    html: `<span class="page-title">${escapeHtml(title)}</span>${lead ? `<span class="page-lead">${escapeHtml(lead)}</span>` : ''}`,
  }))
  // `<` written as \u003c, so no text can close the script element.
  const data = JSON.stringify(screens).replace(/</g, '\\u003c')
  return `!function(){try{var s=${data},p=location.hash.slice(1).replace(/^\\/?$/,"/pages/index/index"),l=localStorage,i,c;` +
    `for(i=0;i<s.length;i++){c=s[i];if(c.path===p&&(!c.key||!!l.getItem(c.key)===c.stored))break;c=null}if(!c)return;` +
    `var large=/"large"/.test(l.getItem(${JSON.stringify(textSizeChoiceKey)})||"");${sizeRootFont};` +
    `document.body.insertAdjacentHTML("afterbegin",'<div id="first-screen" class="page first-screen '+c.block+(large?" page--large":"")+'">'+c.html+"</div>")}catch(e){}}()`
}
