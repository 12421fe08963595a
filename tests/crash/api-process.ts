import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../server/src/db/launch-database';

export interface ApiProcess {
  child: ChildProcess;
  baseUrl: string;
}

/**
 * Starts the API as `npm start` runs it (`server/scripts/start.ts`) in a process of its own, on a given database
 * and port (and further settings in `env`), and resolves once `/api/health` answers. Node loads TypeScript through tsx's loader in that same
 * process (not the `tsx` command, whose wrapper process would survive a SIGKILL meant for the server).
 */
export async function startApiProcess(mongodbUri: string, port: number, logDir: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const out = openSync(join(logDir, 'api.log'), 'a');
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'server', 'scripts', 'start.ts')], {
    cwd: REPO_ROOT,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MONGODB_URI: mongodbUri,
      PORT: String(port),
      // Only the demo county's province: a restart then takes seconds, not the whole country's villages.
      REGION_PROVINCES: '52',
      ...env,
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with ${child.exitCode}; see ${join(logDir, 'api.log')}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return { child, baseUrl };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the API did not answer /api/health within 60 s; see ${join(logDir, 'api.log')}`);
}

/** SIGKILL, and wait until the process is gone. */
export async function killHard(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGKILL');
  await exited;
}
