import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import mongoose from 'mongoose';
import { launchDatabase } from './launch-database';
import { startTestServer } from '../../test-support/start-test-server';
import '../../test-support/provided-context';

async function ping(uri: string): Promise<boolean> {
  const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 1_500 });
  try {
    return (await client.db('admin').command({ ping: 1 })).ok === 1;
  } catch {
    return false;
  } finally {
    await client.close();
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Polls until `done` holds; the test's own timeout is the limit. */
async function until(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((wait) => setTimeout(wait, 100));
}

describe('the database launcher', () => {
  it('starts a server of its own on 127.0.0.1 that answers a ping, and stops it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'launcher-test-'));
    const { PATH } = process.env;
    const database = await launchDatabase({ dataDir, env: { PATH }, log: () => {} });
    try {
      expect(database.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/$/);
      expect(['ferretdb', 'mongod']).toContain(database.kind);
      expect(await ping(database.uri)).toBe(true);
      if (database.kind === 'ferretdb') {
        // FerretDB must never try to reach the internet, and listens on loopback only.
        expect(database.command).toContain('--telemetry=disable');
        expect(database.command.some((arg) => /^--listen-addr=127\.0\.0\.1:\d+$/.test(arg))).toBe(true);
      }
      if (database.backend === 'postgresql') {
        expect(database.command).toContain('--handler=postgresql');
        expect(database.storageCommand).toContain('listen_addresses=127.0.0.1');
        expect(database.storageCommand).toContain('unix_socket_directories=');
      }
    } finally {
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(await ping(database.uri)).toBe(false);
  });

  it('does not let the database outlive a process that is SIGKILLed, and starts again on the same files', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'launcher-test-'));
    const launcher = join(import.meta.dirname, 'launch-database.ts');
    const owner = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { launchDatabase } = await import(${JSON.stringify(launcher)});
         const database = await launchDatabase({ dataDir: ${JSON.stringify(dataDir)}, env: { PATH: process.env.PATH }, log: () => {} });
         console.log(JSON.stringify({ uri: database.uri, pid: database.pid }));
         setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const started = JSON.parse(String(await once(owner.stdout!, 'data'))) as { uri: string; pid: number };
      expect(await ping(started.uri)).toBe(true);
      owner.kill('SIGKILL');
      await once(owner, 'exit');
      await until(async () => !(await ping(started.uri)) && !alive(started.pid));
      const again = await launchDatabase({ dataDir, env: { PATH: process.env.PATH }, log: () => {} });
      expect(await ping(again.uri)).toBe(true);
      await again.stop();
    } finally {
      owner.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('uses MONGODB_URI when it is set, and leaves that server running on stop', async () => {
    const uri = inject('mongodbUri');
    const database = await launchDatabase({ env: { MONGODB_URI: uri } });
    expect(database.kind).toBe('external');
    await database.stop();
    expect(await ping(uri)).toBe(true);
  });

  it('gives each test file a database of its own and drops it afterwards', async () => {
    const first = await startTestServer();
    const second = await startTestServer();
    const firstName = first.deps.db.name;
    expect(firstName).not.toBe(second.deps.db.name);
    await first.deps.db.collection('markers').insertOne({ from: 'first' });
    expect(await second.deps.db.collection('markers').countDocuments()).toBe(0);
    await first.close();
    await second.close();
    const client = await new mongoose.mongo.MongoClient(inject('mongodbUri')).connect();
    const { databases } = await client.db('admin').admin().listDatabases();
    await client.close();
    expect(databases.map((d) => d.name)).not.toContain(firstName);
  });
});
