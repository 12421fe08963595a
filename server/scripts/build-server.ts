import { build, type Plugin } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/**
 * `npm run build:server`: the server and the scripts an operator runs, compiled to plain JavaScript in
 * `server/dist/` so production runs on `node` alone (tsx is a devDependency). `@ccs/shared` is TypeScript source,
 * so it is bundled in; every other package stays in node_modules, where native ones (argon2, jieba) must live.
 */
const serverDir = join(import.meta.dirname, '..');
const outdir = join(serverDir, 'dist');

const bundleOnlyShared: Plugin = {
  name: 'bundle-only-shared',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => {
      // JSON from a package is data: bundled, since node would need an import attribute to load it.
      if (args.path.startsWith('@ccs/shared') || args.path.endsWith('.json')) return undefined;
      return { path: nodeSpecifier(args.path, args.importer), external: true };
    });
  },
};

/**
 * What plain node resolves: a file inside a package without an `exports` map (`@node-rs/jieba/dict`) needs its
 * extension in an ES module, which the bundler's resolution did not.
 */
function nodeSpecifier(specifier: string, importer: string): string {
  const parts = specifier.split('/');
  const name = parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  if (name === specifier || specifier.startsWith('node:')) return specifier;
  let packageDir = dirname(importer);
  while (!existsSync(join(packageDir, 'node_modules', name, 'package.json'))) {
    if (packageDir === dirname(packageDir)) return specifier;
    packageDir = dirname(packageDir);
  }
  packageDir = join(packageDir, 'node_modules', name);
  if ((JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { exports?: unknown }).exports) return specifier;
  return `${name}/${relative(packageDir, createRequire(importer).resolve(specifier))}`;
}

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['start', 'backup', 'restore', 'reencrypt-fields', 'add-staff'].map((name) => join(serverDir, 'scripts', `${name}.ts`)),
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [bundleOnlyShared],
});
console.log(`Server compiled to ${outdir}`);
