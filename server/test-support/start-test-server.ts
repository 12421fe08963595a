import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { inject } from 'vitest';
import { createApp } from '../src/app';
import { connectDatabase } from '../src/db/connect-database';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { attachFieldCipher } from '../src/crypto/attach-field-cipher';
import { configuredFieldCipher } from '../src/crypto/field-keys';
import type { AppDeps } from '../src/app-deps';
import { configuredSmsSender } from '../src/sms/configured-sms-sender';
import './provided-context';

export interface TestServer {
  baseUrl: string;
  deps: AppDeps;
  /** Lines the server logged, parsed; tests read SMS codes from here as a developer reads the log. */
  logLines: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * Starts the real app on a free port against a fresh database on the test run's database server (or on
 * `databaseServer`, for scripts outside vitest); `close` drops the database. With `sharedDatabase`, a further API
 * instance on another one's database, which its `close` leaves. No mocks: requests go over HTTP, data over the
 * MongoDB wire protocol.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  databaseServer?: string,
  sharedDatabase?: string,
): Promise<TestServer> {
  const dbName = sharedDatabase ?? `test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  // The run's embedded database reads queue pages in its PostgreSQL, as `npm start` does.
  const postgresqlUrl = databaseServer ? undefined : inject('postgresqlUrl');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', MONGODB_URI: (databaseServer ?? inject('mongodbUri')) + dbName, ...(postgresqlUrl ? { POSTGRESQL_URL: postgresqlUrl } : {}), ...env });
  const logLines: Record<string, unknown>[] = [];
  // The server's own logger, as production configures it when the test runs one: tests read what an operator would.
  const logger = createLogger(config.LOG_LEVEL, { production: config.NODE_ENV === 'production', destination: { write: (line: string) => void logLines.push(JSON.parse(line)) } });
  const db = await connectDatabase(config.MONGODB_URI, config.POSTGRESQL_URL);
  attachFieldCipher(db, configuredFieldCipher(config));
  const deps: AppDeps = { config, logger, db, sms: configuredSmsSender(config, logger) };
  const app = createApp(deps);
  const server: Server = await new Promise((done) => {
    const listening = app.listen(0, '127.0.0.1', () => done(listening));
  });
  const { port } = server.address() as AddressInfo;
  deps.config.PORT = port;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    deps,
    logLines,
    close: async () => {
      await new Promise((done) => server.close(done));
      if (!sharedDatabase) await db.dropDatabase();
      await db.close();
    },
  };
}
