import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/db/launch-database';

const run = promisify(execFile);
const stampFile = join(REPO_ROOT, 'miniapp', 'dist', 'h5', '.sources-stamp');
const before = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : null;
const probe = join(REPO_ROOT, 'shared', `.stamp-probe-${process.pid}`);

/** `npm start` runs `--check` and builds the portal only when it fails. */
const upToDate = () =>
  run('npx', ['tsx', 'miniapp/scripts/h5-sources-stamp.ts', '--check'], { cwd: REPO_ROOT }).then(
    () => true,
    () => false,
  );

afterAll(() => {
  rmSync(probe, { force: true });
  if (before === null) rmSync(stampFile, { force: true });
  else writeFileSync(stampFile, before);
});

it('npm start skips the H5 build while its sources are as they were at the last build, and builds after an edit', async () => {
  mkdirSync(join(REPO_ROOT, 'miniapp', 'dist', 'h5'), { recursive: true });
  rmSync(stampFile, { force: true });
  expect(await upToDate()).toBe(false);
  await run('npx', ['tsx', 'miniapp/scripts/h5-sources-stamp.ts', '--write'], { cwd: REPO_ROOT });
  expect(await upToDate()).toBe(true);
  writeFileSync(probe, 'a source file added after the build');
  expect(await upToDate()).toBe(false);
  rmSync(probe);
  expect(await upToDate()).toBe(true);
}, 120_000);
