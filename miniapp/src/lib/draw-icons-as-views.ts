import { configure } from '@nutui/icons-react-taro/dist/es/icons/configure.js'

/**
 * NutUI's icons (Input's clear button among them) draw an `<i>`, which Taro has no mini-program template for: WeChat
 * warns "Template tmpl_0_i not found" and draws nothing. A `view` takes the icon's mask and colour the same way.
 * The portal's browsers know `<i>`: draw-icons-as-views.h5.ts.
 */
export function drawIconsAsViews(): void {
  configure({ tag: 'view' })
}
