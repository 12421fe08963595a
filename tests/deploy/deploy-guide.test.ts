import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { CONFIG_KEYS } from '../../server/src/config';
import { REPO_ROOT } from '../../server/src/db/launch-database';

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

function sourcesUnder(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The names in the first column of docs/DEPLOY.md's "All settings" table. */
function documentedSettings(): Set<string> {
  const guide = read('docs/DEPLOY.md');
  const table = guide.slice(guide.indexOf('## All settings'));
  const firstCells = table.split('\n').filter((line) => line.startsWith('| `')).map((line) => line.split('|')[1]!);
  return new Set(firstCells.flatMap((cell) => [...cell.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((match) => match[1]!)));
}

it('docs/DEPLOY.md lists every setting the server reads, and none it does not', () => {
  // The validated configuration, and what is read before it (the database launcher's DATA_DIR, DATABASE_PORT, ...).
  const readByServer = new Set([...CONFIG_KEYS, ...[...sourcesUnder('server/src'), ...sourcesUnder('server/scripts')]
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)].map((match) => match[1]!))]);
  readByServer.delete('PATH');
  const documented = documentedSettings();
  expect([...readByServer].filter((key) => !documented.has(key))).toEqual([]);
  // Settings read elsewhere: the weapp build, and the backup script the timer runs.
  const elsewhere = (key: string) => read('miniapp/config/weapp-release.ts').includes(key) || read('deploy/backup.sh').includes(key);
  expect([...documented].filter((key) => !readByServer.has(key) && !elsewhere(key))).toEqual([]);
});

it('the systemd unit starts what the guide says: the compiled server, in production, as its own user', () => {
  const unit = read('deploy/child-care.service');
  expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node server\/dist\/start\.js$/m);
  expect(unit).toMatch(/^Environment=NODE_ENV=production$/m);
  expect(unit).toMatch(/^User=child-care$/m);
  expect(unit).toMatch(/^ReadWritePaths=\/var\/lib\/child-care$/m);
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  expect(scripts['start:production']).toBe('NODE_ENV=production node server/dist/start.js');
});
