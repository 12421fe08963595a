import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const MINIAPP = join(import.meta.dirname, '..', 'miniapp');
const WEAPP = join(MINIAPP, 'dist', 'weapp');

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
});
