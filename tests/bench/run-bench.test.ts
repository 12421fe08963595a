import { randomBytes } from 'node:crypto';
import mongoose from 'mongoose';
import { expect, inject, test } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { ferretdbTables } from '../../server/src/db/ferretdb-tables';
import '../../server/test-support/provided-context';
import { benchScenarios } from './bench-scenarios';
import { explainQueries } from './explain-queries';
import { runScenario } from './run-scenario';
import { BENCH_COUNTY, seedBenchCounty } from './seed-bench-county';
import { startBenchServer } from './start-bench-server';

// `npm run bench` is too long for CI; this runs its seeding, query plans and one scenario at a tiny scale so it cannot rot.
test('the benchmark seeds a tiny county and drives the director’s queue over HTTP beside its floor', async () => {
  const uri = `${inject('mongodbUri')}bench_${randomBytes(4).toString('hex')}`;
  const postgresqlUrl = inject('postgresqlUrl');
  const tables = postgresqlUrl ? ferretdbTables(postgresqlUrl) : undefined;
  const env = { MONGODB_URI: uri, JWT_SECRET: 'benchmark-test-secret-0123456789abcdef', LOG_LEVEL: 'warn', ...(postgresqlUrl ? { POSTGRESQL_URL: postgresqlUrl } : {}) };
  const db = await mongoose.createConnection(uri).asPromise();
  const server = await startBenchServer(env);
  try {
    const data = await seedBenchCounty(db, loadConfig({ NODE_ENV: 'test', ...env }), 0.002, { regionsOnlyWithin: BENCH_COUNTY });
    expect(data.counts).toMatchObject({ children: 100, applications: 40, agreements: 20, directorQueue: 20, drafts: 4 });
    expect(await db.collection('applications').countDocuments({ 'holder.regionCode': data.villages[0], status: 'villageVerification' })).toBe(20);

    const plans = await explainQueries(db.db!, data, tables);
    expect(plans.map((plan) => plan.plan)).not.toContain('');
    expect(plans.filter((plan) => plan.query.includes('findPage'))).toHaveLength(tables ? 2 : 0);

    const director = benchScenarios(data, tables).find((scenario) => scenario.name === 'directorQueue')!;
    const result = await runScenario(director, { baseUrl: server.baseUrl, db: db.db!, connections: 2, requests: 2, warmUpRequests: 0, scale: 0.002 });
    expect(result.statusCodes).toEqual({});
    expect(result.api.errors).toBe(0);
    expect(result.api.requests).toBe(2);
    expect(result.floor.requests).toBe(2);
    expect(result.floor.errors).toBe(0);
  } finally {
    await tables?.end();
    await server.stop();
    await db.dropDatabase();
    await db.close();
  }
}, 60_000);
