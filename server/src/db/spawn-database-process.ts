import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface DatabaseProcessOptions {
  bin: string;
  args: string[];
  /** Appended to, stdout and stderr alike. */
  logFile: string;
  /**
   * Names the process of an earlier start on the same files, first line its pid. `written: 'by us'` when the
   * program does not write it itself (FerretDB); PostgreSQL writes `postmaster.pid`.
   */
  pidFile: { path: string; written: 'by us' | 'by the program' };
  /** A word only this data directory's process has in its command line, so a reused pid is never killed. */
  marker: string;
  /** PostgreSQL refuses to run as root: then it runs as an unprivileged user in a user namespace of its own. */
  refusesRoot?: boolean;
}

/**
 * Starts a database server that does not outlive the process that started it: on Linux `setpriv --pdeathsig`
 * has the kernel SIGKILL it when its parent dies for any reason, SIGKILL included. Where that is missing, the
 * next start kills the server an earlier start left on the same files (found by its pid file) before it starts.
 */
export async function spawnDatabaseProcess(options: DatabaseProcessOptions): Promise<ChildProcess> {
  await killLeftOver(options.pidFile.path, options.marker);
  const out = openSync(options.logFile, 'a');
  const command = [
    ...(onPath('setpriv') ? ['setpriv', '--pdeathsig', 'KILL'] : []),
    ...(options.refusesRoot ? notAsRoot([options.bin]) : [options.bin]),
    ...options.args,
  ];
  const child = spawn(command[0]!, command.slice(1), { stdio: ['ignore', out, out] });
  if (options.pidFile.written === 'by us' && child.pid) {
    writeFileSync(options.pidFile.path, `${child.pid}\n`);
    child.once('exit', () => rmSync(options.pidFile.path, { force: true }));
  }
  return child;
}

/**
 * A command that refuses to run as root (PostgreSQL's initdb and postgres), run by root in a user namespace of its
 * own that maps root to `nobody`: the program sees an ordinary user, while its files stay root's, owner-only.
 */
export function notAsRoot(command: string[]): string[] {
  return process.getuid?.() === 0 ? ['unshare', '--map-user=65534', '--map-group=65534', ...command] : command;
}

/** SIGKILLs the process a pid file names when it is still this data directory's server, and waits until it is gone. */
async function killLeftOver(pidFile: string, marker: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && commandLine(pid)?.includes(marker)) {
    process.kill(pid, 'SIGKILL');
    // A killed server whose parent is gone may stay a zombie until init reaps it; it holds nothing then.
    while (commandLine(pid) !== undefined && !isZombie(pid)) await new Promise((done) => setTimeout(done, 50));
  }
  // The server is gone, so its lock file is stale (PostgreSQL would take a zombie's pid for a live server).
  rmSync(pidFile, { force: true });
}

function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return undefined;
  }
}

function isZombie(pid: number): boolean {
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}
