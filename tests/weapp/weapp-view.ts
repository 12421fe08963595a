import { createRequire } from 'node:module';
import vm from 'node:vm';

/** A node of the tree WeChat's WXML runtime builds for the view layer: `wx-view`, `wx-text`, … or a text. */
export type ViewNode = string | { tag: string; attr?: Record<string, unknown>; children?: ViewNode[] };

export interface WeappView {
  /** The page's WXML run on `data` by WeChat's own compiled template code; `warnings` are the runtime's (missing templates). */
  render(route: string, data: unknown): { tree: ViewNode; warnings: string[] };
  /** The page's WXSS as WeChat's runtime would put it into the page (rpx already turned into px). */
  style(route: string): { css: string; warnings: string[] };
}

interface Compiler {
  wxmlToJs(root: string, options?: { maxBuffer?: number }): string;
  wxssToJs(root: string, options?: { maxBuffer?: number }): string;
}

/** A context shaped like the view layer's webview, as far as WeChat's generated template and style code reads it. */
function viewContext(warnings: string[], css: Map<string, string>) {
  const say = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  const context: Record<string, unknown> = {
    console: { log: () => undefined, info: () => undefined, warn: say, error: say },
    navigator: { userAgent: 'iPhone' },
    screen: { width: 390, height: 844 },
    devicePixelRatio: 3,
    __rpxRecalculatingFuncs__: [],
    __styleSheetManager2__: { addItem: () => undefined, setCss: (key: string, text: string) => void css.set(key, text) },
  };
  context.window = context;
  return vm.createContext(context);
}

/**
 * The view layer of the built weapp through WeChat's own compilers, `wcc` (WXML) and `wcsc` (WXSS), the Linux
 * binaries in the npm package `miniprogram-compiler`: every template is compiled together, as the devtools do.
 */
export function weappView(root: string): WeappView {
  const compiler = createRequire(import.meta.url)('miniprogram-compiler') as Compiler;
  const options = { maxBuffer: 64 * 1024 * 1024 };
  const warnings: string[] = [];
  const css = new Map<string, string>();
  const context = viewContext(warnings, css);
  const gwx = vm.runInContext(`(function (global) {${compiler.wxmlToJs(root, options)}})`, context)({}) as (
    path: string,
  ) => ((data: unknown, env: object, global: object) => ViewNode) | undefined;
  // The data crosses into the view layer as JSON, as WeChat sends it: WXS only reads objects of the view's own realm.
  const intoView = vm.runInContext('JSON.parse', context) as (json: string) => unknown;
  const styles = vm.runInContext(`(function (global) {${compiler.wxssToJs(root, options)}})`, context)({}) as (
    path: string,
  ) => (() => void) | undefined;
  return {
    render(route, data) {
      const generate = gwx(`${route}.wxml`);
      if (!generate) throw new Error(`wcc compiled no template for ${route}`);
      warnings.length = 0;
      const tree = generate(intoView(JSON.stringify(data)), {}, {});
      return { tree, warnings: warnings.splice(0) };
    },
    style(route) {
      const apply = styles(`${route}.wxss`);
      warnings.length = 0;
      css.clear();
      apply?.();
      return { css: [...css.values()].join('\n'), warnings: warnings.splice(0) };
    },
  };
}

/** The words a person sees, in order. */
export function textOf(node: ViewNode): string[] {
  if (typeof node === 'string') return node.trim() ? [node.trim()] : [];
  return (node.children ?? []).flatMap(textOf);
}

/** The words of the first element carrying `className`. */
export function textOfClass(node: ViewNode, className: string): string | null {
  if (typeof node === 'string') return null;
  if (String(node.attr?.class ?? '').split(/\s+/).includes(className)) return textOf(node).join('');
  for (const child of node.children ?? []) {
    const found = textOfClass(child, className);
    if (found !== null) return found;
  }
  return null;
}
