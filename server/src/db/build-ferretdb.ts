import { execFileSync } from 'node:child_process';
import { cpSync, chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const FERRETDB_VERSION = 'v1.24.2';
const MODULE = 'github.com/FerretDB/FerretDB';

/**
 * Builds FerretDB from the Go module proxy into `<toolsDir>/bin/ferretdb`, once.
 *
 * `go install ...@v1.24.2` does not work as is: the proxy refuses the version list that its
 * deprecation check asks for, and the module ships without `build/version/version.txt`
 * (its release process generates it), so the binary panics at start. We download the exact
 * module version, write the version file, and build `./cmd/ferretdb` from that copy.
 * It only builds; `launch-database.ts` starts it with `--telemetry=disable` on 127.0.0.1.
 */
export function buildFerretdb(toolsDir: string, log: (line: string) => void = console.error): string {
  const bin = join(toolsDir, 'bin', 'ferretdb');
  if (existsSync(bin)) return bin;
  log(`Building FerretDB ${FERRETDB_VERSION} with Go (first run only, about two minutes)...`);
  const work = mkdtempSync(join(tmpdir(), 'ferretdb-src-'));
  try {
    const info = JSON.parse(
      execFileSync('go', ['mod', 'download', '-json', `${MODULE}@${FERRETDB_VERSION}`], {
        cwd: work,
        encoding: 'utf8',
        env: { ...process.env, GOFLAGS: '-mod=mod' },
      }),
    ) as { Dir?: string; Error?: string };
    if (!info.Dir) throw new Error(`go mod download failed: ${info.Error ?? 'no directory'}`);
    const src = join(work, 'src');
    cpSync(info.Dir, src, { recursive: true });
    makeWritable(src);
    writeFileSync(join(src, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
    mkdirSync(join(toolsDir, 'bin'), { recursive: true });
    execFileSync('go', ['build', '-o', bin, './cmd/ferretdb'], { cwd: src, stdio: ['ignore', 'inherit', 'inherit'] });
    return bin;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) makeWritable(path);
    else chmodSync(path, 0o644);
  }
}
