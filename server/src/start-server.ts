import type { Server } from 'node:http';
import { createApp, H5_DIR } from './app';
import type { AppDeps } from './app-deps';
import { loadConfig } from './config';
import { attachFieldCipher } from './crypto/attach-field-cipher';
import { configuredFieldCipher } from './crypto/field-keys';
import { createLogger } from './logger';
import { configuredSmsSender } from './sms/configured-sms-sender';
import { launchDatabase } from './db/launch-database';
import { connectDatabase } from './db/connect-database';
import { loadRegions } from './regions/load-regions';
import { seedParameters } from './parameters/seed-parameters';
import { seedServiceListVersions } from './services/seed-service-lists';
import { seedDemoCounty } from './demo/seed-demo-county';
import { startJobs } from './jobs/start-jobs';
import { backfillHolderPost } from './applications/backfill-holder-post';

const DATABASE_NAME = 'child_care';

/**
 * `npm start` and the production start (docs/DEPLOY.md): a database (MONGODB_URI, a local mongod, or FerretDB),
 * region data, the demo county outside production, then the API and the H5 portal on one port. Stops cleanly on
 * SIGINT/SIGTERM.
 */
export async function startServer(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  // Checked before the database starts, so a refused start (one line per missing or development setting) starts
  // nothing; the embedded database's address is known only once it runs.
  loadConfig({ ...env, NODE_ENV: nodeEnv, MONGODB_URI: env.MONGODB_URI ?? `mongodb://127.0.0.1/${DATABASE_NAME}` });
  const database = await launchDatabase({ env });
  const uri = env.MONGODB_URI ?? `${database.uri}${DATABASE_NAME}`;
  const config = loadConfig({ ...env, NODE_ENV: nodeEnv, MONGODB_URI: uri, POSTGRESQL_URL: env.POSTGRESQL_URL ?? database.postgresqlUrl });
  const logger = createLogger(config.LOG_LEVEL, { pretty: config.NODE_ENV === 'development', production: config.NODE_ENV === 'production' });
  const db = await connectDatabase(config.MONGODB_URI, config.POSTGRESQL_URL);
  attachFieldCipher(db, configuredFieldCipher(config));
  const deps: AppDeps = { config, logger, db, sms: configuredSmsSender(config, logger) };
  await loadRegions(db, { provinces: config.REGION_PROVINCES.split(',').map((code) => code.trim()), allTownships: true });
  const parameters = await seedParameters(db);
  // A published figure is never rewritten; a file that disagrees with the database is reported, not applied.
  if (parameters.conflicts.length > 0) logger.warn({ conflicts: parameters.conflicts }, 'parameter files disagree with stored figures');
  // Each region's list from shared/service-lists/ becomes its version 1 if it has none; never rewritten after.
  await seedServiceListVersions(db);
  await backfillHolderPost(db);
  const signIns = production ? [] : await seedDemoCounty(deps);

  const app = createApp(deps);
  const jobs = startJobs(deps);
  deps.jobs = jobs;
  const server: Server = await new Promise((done) => {
    const listening = app.listen(config.PORT, config.HOST, () => done(listening));
  });
  const address = `http://${config.HOST}:${config.PORT}`;
  if (production) {
    // Production's stdout is JSON lines for the journal; the welcome below is for a person at a terminal.
    logger.info({ address, database: database.kind, portal: H5_DIR }, 'listening');
  } else {
    console.log(`\n儿童关爱服务 is running (${database.kind} database).`);
    console.log(`  Family portal (H5): ${address}/  ${H5_DIR}`);
    console.log(`  API health:         ${address}/api/health`);
    console.log(`  OpenAPI document:   ${address}/api/openapi.json\n`);
    console.log('Demo sign-ins (修文县):');
    for (const s of signIns) console.log(`  ${s.role.padEnd(16)} ${s.who.padEnd(28)} ${s.signIn}`);
    console.log('\nStop with Ctrl-C.\n');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.closeIdleConnections();
    await new Promise((done) => server.close(done));
    await jobs.stop();
    await db.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
