import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { launchDatabase } from '../../server/src/db/launch-database';
import { loadConfig } from '../../server/src/config';
import { ferretdbTables } from '../../server/src/db/ferretdb-tables';
import budgets from '../budgets/budgets.json';
import { h5FirstScreenJs, MINIAPP_DIST, weappPackageSizes } from '../budgets/measure-app-weight';
import { benchScenarios } from './bench-scenarios';
import { explainQueries, type ExplainedQuery } from './explain-queries';
import { printBenchReport, type BenchReport } from './print-bench-report';
import { runScenario, type Measured, type ScenarioResult } from './run-scenario';
import { seedBenchCounty, type BenchData } from './seed-bench-county';
import { startBenchServer } from './start-bench-server';

/**
 * `npm run bench [-- --scale 1 --base-scale 0.1 --connections 50 --requests 200 --scenarios search]` (issue 8): seeds a county,
 * drives the real API in its own process with autocannon, measures each scenario's floor of raw driver
 * operations, repeats the read scenarios at the base scale to show how cost grows, asks the database for its
 * query plans, weighs the built apps, and prints it all beside the targets; the same goes to tests/artifacts/bench.json.
 */
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'base-scale': { type: 'string' },
    connections: { type: 'string', default: '50' },
    requests: { type: 'string', default: '200' },
    'skip-app-weight': { type: 'boolean', default: false },
    /** Only these scenarios, comma-separated (e.g. `search`): one can be measured without waiting for the rest. */
    scenarios: { type: 'string' },
  },
});
const only = args.scenarios ? new Set(args.scenarios.split(',').map((name) => name.trim())) : null;
const chosen = (name: string) => only === null || only.has(name);
const scale = Number(args.scale);
const baseScale = Number(args['base-scale'] ?? scale / 10);
const connections = Number(args.connections);
const requests = Number(args.requests);
const ARTIFACT = join(import.meta.dirname, '..', 'artifacts', 'bench.json');

const dataDir = mkdtempSync(join(tmpdir(), 'ccs-bench-'));
const database = await launchDatabase({ dataDir });
const JWT_SECRET = 'benchmark-only-secret-0123456789abcdef';
// On the embedded default the API reads queue pages in FerretDB's PostgreSQL, and the floor and the plans do too.
const tables = database.postgresqlUrl ? ferretdbTables(database.postgresqlUrl) : undefined;
const postgresqlEnv: Record<string, string> = database.postgresqlUrl ? { POSTGRESQL_URL: database.postgresqlUrl } : {};

interface ScaleRun {
  scale: number;
  data: BenchData;
  explained: ExplainedQuery[];
  results: ScenarioResult[];
}

/** Seeds a fresh database at `runScale`, starts the API on it, and runs the scenarios `pick` selects. */
async function runAtScale(runScale: number, pick: (name: string, growth: boolean) => boolean): Promise<ScaleRun> {
  const uri = `${database.uri}bench_${String(runScale).replace('.', '_')}`;
  const config = loadConfig({ NODE_ENV: 'test', MONGODB_URI: uri, JWT_SECRET, ACCESS_TOKEN_TTL_SECONDS: '86400' });
  const db = await mongoose.createConnection(uri).asPromise();
  await db.dropDatabase();
  console.error(`seeding scale ${runScale}…`);
  const data = await seedBenchCounty(db, config, runScale);
  console.error(`  ${data.counts.documents} documents in ${Object.values(data.timings).slice(0, -1).reduce((a, b) => a + b, 0)} ms`);
  const explained = await explainQueries(db.db!, data, tables);
  const server = await startBenchServer({ MONGODB_URI: uri, JWT_SECRET, ACCESS_TOKEN_TTL_SECONDS: '86400', LOG_LEVEL: 'info', ...postgresqlEnv });
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of benchScenarios(data, tables).filter((candidate) => pick(candidate.name, candidate.growth))) {
      const result = await runScenario(scenario, { baseUrl: server.baseUrl, db: db.db!, connections, requests, scale: runScale });
      console.error(`  ${scenario.name}: p50 ${result.api.p50Ms} ms, p99 ${result.api.p99Ms} ms, floor p50 ${result.floor.p50Ms} ms, errors ${result.api.errors} ${JSON.stringify(result.statusCodes)}, floor errors ${result.floor.errors}`);
      results.push(result);
    }
  } finally {
    await server.stop();
    await db.dropDatabase();
    await db.close();
  }
  return { scale: runScale, data, explained, results };
}

async function appWeight(): Promise<BenchReport['appWeight']> {
  if (args['skip-app-weight'] || !existsSync(join(MINIAPP_DIST, 'weapp')) || !existsSync(join(MINIAPP_DIST, 'h5'))) return null;
  const weapp = weappPackageSizes();
  const h5 = await h5FirstScreenJs();
  return {
    weappMainBytes: weapp.main,
    weappMainBudgetBytes: budgets.weappMainPackageBytes,
    weappSubpackageBytes: weapp.subpackages,
    h5FirstScreenJsGzipBytes: h5.gzipBytes,
    h5FirstScreenJsBudgetBytes: budgets.h5FirstScreenJsGzipBytes,
    h5FirstScreenFiles: h5.files,
  };
}

try {
  const base = await runAtScale(baseScale, (name, growth) => growth && chosen(name));
  const main = await runAtScale(scale, chosen);
  const report: BenchReport = {
    measuredAt: new Date().toISOString(),
    database: database.kind === 'ferretdb' ? `FerretDB v1.24.2 (${database.backend === 'sqlite' ? 'SQLite' : 'PostgreSQL, queue pages read in SQL'})` : database.kind,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    connections,
    requests,
    scale,
    baseScale,
    seeding: { [baseScale]: { counts: base.data.counts, timingsMs: base.data.timings }, [scale]: { counts: main.data.counts, timingsMs: main.data.timings } },
    scenarios: main.results,
    growth: base.results.map((small) => {
      const large = main.results.find((result) => result.scenario === small.scenario)!;
      return {
        scenario: small.scenario,
        p50Ms: [small.api.p50Ms, large.api.p50Ms],
        p99Ms: [small.api.p99Ms, large.api.p99Ms],
        p50Ratio: Number((large.api.p50Ms / Math.max(small.api.p50Ms, 0.1)).toFixed(2)),
        p99Ratio: Number((large.api.p99Ms / Math.max(small.api.p99Ms, 0.1)).toFixed(2)),
      };
    }),
    explained: main.explained,
    appWeight: await appWeight(),
  };
  mkdirSync(join(ARTIFACT, '..'), { recursive: true });
  writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
  printBenchReport(report);
  console.log(`\nwritten to ${ARTIFACT}`);
  // Timings and 5xx answers (503 while SQLite is busy with another write) are reported, never judged here; any
  // other failure (a 4xx, a connection that broke) means the benchmark itself is wrong.
  const broken = (measured: Measured) => measured.errors > measured.serverErrors;
  process.exitCode = [...base.results, ...main.results].some((result) => broken(result.api) || broken(result.floor)) ? 1 : 0;
} finally {
  await tables?.end();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
