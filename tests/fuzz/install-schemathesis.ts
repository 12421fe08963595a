import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

/** The fuzzer's version, pinned so a seed generates the same requests on every machine. */
const SCHEMATHESIS_VERSION = '4.32.5';

/** Installs schemathesis from PyPI into a virtual environment under `.tools/` once; returns its command. */
export function installSchemathesis(venv: string): string {
  const bin = join(venv, 'bin', 'schemathesis');
  const installed = existsSync(bin) && execFileSync(bin, ['--version'], { encoding: 'utf8' }).includes(SCHEMATHESIS_VERSION);
  if (installed) return bin;
  console.log(`Installing schemathesis ${SCHEMATHESIS_VERSION} into ${venv} ...`);
  if (!existsSync(join(venv, 'bin', 'pip'))) execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS_VERSION}`], { stdio: 'inherit' });
  return bin;
}
