import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mongoose from 'mongoose';
import { buildFerretdb } from './build-ferretdb';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface LaunchedDatabase {
  /** Server URI without a database name; callers append their own. */
  uri: string;
  kind: 'external' | 'mongod' | 'ferretdb';
  /** The command line of the server it started (empty for an external one), for logs and checks. */
  command: string[];
  /** The process id of the server it started, so the crash test can SIGKILL it (none for an external one). */
  pid?: number;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Folder for the server's files; defaults to `.data/` in the checkout. */
  dataDir?: string;
  /** Port to listen on; defaults to a free one. The crash test restarts a killed server on the same files and port. */
  port?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/**
 * Gives the process a MongoDB-protocol server: MONGODB_URI when set, else a `mongod` on PATH,
 * else FerretDB with its SQLite backend (built once by the project's own script).
 * Always on 127.0.0.1 and a free port; resolves once the server answers a ping.
 */
export async function launchDatabase(options: LaunchOptions = {}): Promise<LaunchedDatabase> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  if (env.MONGODB_URI) {
    await waitForPing(env.MONGODB_URI, 10_000);
    return { uri: env.MONGODB_URI, kind: 'external', command: [], stop: async () => {} };
  }
  const dataDir = options.dataDir ?? join(REPO_ROOT, '.data');
  const port = options.port ?? (await freePort());
  const uri = `mongodb://127.0.0.1:${port}/`;
  let child: ChildProcess;
  let kind: LaunchedDatabase['kind'];
  if (onPath('mongod')) {
    kind = 'mongod';
    const dbPath = join(dataDir, 'mongod');
    mkdirSync(dbPath, { recursive: true });
    const out = openSync(join(dataDir, 'mongod.log'), 'a');
    child = spawn('mongod', ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port)], {
      stdio: ['ignore', out, out],
    });
  } else {
    kind = 'ferretdb';
    const bin = buildFerretdb(join(REPO_ROOT, '.tools'), log);
    const sqliteDir = join(dataDir, 'ferretdb');
    mkdirSync(sqliteDir, { recursive: true });
    const out = openSync(join(dataDir, 'ferretdb.log'), 'a');
    child = spawn(
      bin,
      [
        '--handler=sqlite',
        `--sqlite-url=file:${sqliteDir}/`,
        `--listen-addr=127.0.0.1:${port}`,
        `--state-dir=${dataDir}`,
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=WARN',
      ],
      { stdio: ['ignore', out, out] },
    );
  }
  let failed: Error | undefined;
  child.once('error', (error) => (failed = error));
  const exited = new Promise<void>((done) =>
    child.once('exit', (code) => {
      failed ??= new Error(`${kind} exited early with code ${code}; see ${dataDir}/${kind}.log`);
      done();
    }),
  );
  try {
    await waitForPing(uri, 30_000, () => failed);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return { uri, kind, command: child.spawnargs, pid: child.pid, stop };
}

async function waitForPing(uri: string, timeoutMs: number, failure: () => Error | undefined = () => undefined) {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    const early = failure();
    if (early) throw early;
    const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 1_000 });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.close();
    }
  }
  throw new Error(`The database at ${uri} did not answer a ping within ${timeoutMs} ms: ${String(last)}`);
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** A port nothing listens on at the moment, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}
