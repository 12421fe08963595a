import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';

const MINIAPP = join(import.meta.dirname, '..', 'miniapp');
const WEAPP = join(MINIAPP, 'dist', 'weapp');

/** Every file under `dir` whose name ends with `ext`, as paths relative to `dir`. */
function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith(ext));
}

/** Every page folder in the source: a folder holding `index.tsx` under some `pages/` directory. */
function sourcePages(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...sourcePages(path));
    else if (name === 'index.tsx' && relative(join(MINIAPP, 'src'), dir).split('/').includes('pages')) {
      found.push(relative(join(MINIAPP, 'src'), join(dir, 'index')));
    }
  }
  return found;
}

describe('the WeChat mini-program build', () => {
  const appJson = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string; pages: string[] }[];
  };
  const built = [
    ...appJson.pages,
    ...(appJson.subPackages ?? []).flatMap((sub) => sub.pages.map((page) => `${sub.root.replace(/\/$/, '')}/${page}`)),
  ];

  it('lists every page of the source in app.json, staff pages in a subpackage', () => {
    const pages = sourcePages(join(MINIAPP, 'src'));
    expect(pages.length).toBeGreaterThan(3);
    expect([...built].sort()).toEqual([...pages].sort());
    expect(appJson.subPackages?.some((sub) => sub.root.includes('staff'))).toBe(true);
    expect(appJson.pages.some((page) => page.includes('staff'))).toBe(false);
  });

  it('emits the script, template and config of every listed page', () => {
    for (const page of built) {
      for (const ext of ['.js', '.wxml', '.json']) expect(existsSync(join(WEAPP, page + ext)), page + ext).toBe(true);
    }
  });

  // iOS 11 (package.json browserslist) runs ES2017; `?.`, `??` and `catch {}` need iOS 13.4 and 11.3. Without this,
  // older phones depend on the devtools' ES6→ES5 step being switched on when the package is uploaded.
  it('carries no syntax newer than ES2017 in any package, zod included', () => {
    const scripts = filesUnder(WEAPP, '.js');
    expect(scripts.length).toBeGreaterThan(10);
    const newer = scripts.flatMap((file) => {
      try {
        parse(readFileSync(join(WEAPP, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
    });
    expect(newer).toEqual([]);
  });
});
