// The test-server module comes before the modules that register mongoose models, as in the browser tests.
import { startTestServer, type TestServer } from '../../server/src/testing/start-test-server';
import { seedCounty } from '../../server/src/testing/case-fixtures';
import { launchDatabase, REPO_ROOT } from '../../server/src/db/launch-database';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { signInFuzzRoles, type FuzzRole } from './fuzz-sessions';
import { installSchemathesis } from './install-schemathesis';

/**
 * `npm run fuzz`: schemathesis generates requests from /api/openapi.json for every operation, as each role of the
 * demo county, against the real API on a database of its own. Fails on any 5xx or any response that breaks the
 * documented schema, status or content type. FUZZ_EXAMPLES (default 5 per operation and phase) and FUZZ_SEED bound a run.
 */
const EXAMPLES = Number(process.env.FUZZ_EXAMPLES ?? 5);
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CHECKS = ['not_a_server_error', 'response_schema_conformance', 'status_code_conformance', 'content_type_conformance'];
const REPORT_DIR = join(REPO_ROOT, 'tests', 'artifacts', 'fuzz');

/** Tokens outlive the run; rate limits are off under NODE_ENV=test, so no 429 hides what lies behind them. */
const FUZZ_SERVER_ENV = { ACCESS_TOKEN_TTL_SECONDS: '7200' };

interface RoleResult {
  role: string;
  requests: number;
  serverErrors: number;
  failures: number;
  exitCode: number;
}

async function main(): Promise<number> {
  const schemathesis = installSchemathesis(join(REPO_ROOT, '.tools', 'fuzz-venv'));
  const dataDir = mkdtempSync(join(tmpdir(), 'ccs-fuzz-db-'));
  const database = await launchDatabase({ dataDir });
  let server: TestServer | undefined;
  try {
    server = await startTestServer(FUZZ_SERVER_ENV, database.uri);
    await seedCounty(server);
    const roles = await signInFuzzRoles(server);
    mkdirSync(REPORT_DIR, { recursive: true });
    const results: RoleResult[] = [];
    for (const role of roles) results.push(await fuzzAs(schemathesis, server.baseUrl, role));
    const crashes = server.logLines.filter((line) => Number(line.level) >= 50);
    for (const line of crashes.slice(0, 20)) console.log('server error:', JSON.stringify(line).slice(0, 600));
    console.log('\nrole              requests  5xx  failures');
    for (const r of results) console.log(`${r.role.padEnd(17)} ${String(r.requests).padStart(8)} ${String(r.serverErrors).padStart(4)} ${String(r.failures).padStart(9)}`);
    const total = (key: 'requests' | 'serverErrors' | 'failures') => results.reduce((sum, r) => sum + r[key], 0);
    console.log(`${'total'.padEnd(17)} ${String(total('requests')).padStart(8)} ${String(total('serverErrors')).padStart(4)} ${String(total('failures')).padStart(9)}`);
    console.log(`Reports: ${REPORT_DIR}`);
    return results.some((r) => r.exitCode !== 0 || r.serverErrors > 0) ? 1 : 0;
  } finally {
    await server?.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** One schemathesis run over every operation with one role's token; counts its requests from the VCR cassette. */
async function fuzzAs(schemathesis: string, baseUrl: string, { role, token }: FuzzRole): Promise<RoleResult> {
  const cassette = join(REPORT_DIR, `${role}.yaml`);
  const args = [
    'run', `${baseUrl}/api/openapi.json`,
    '--checks', CHECKS.join(','),
    '--max-examples', String(EXAMPLES),
    '--seed', String(SEED),
    '--phases', 'examples,coverage,fuzzing',
    '--workers', '2',
    '--no-shrink',
    '--request-timeout', '30',
    '--continue-on-failure',
    '--suppress-health-check', 'all',
    '--report', 'vcr,junit',
    '--report-vcr-path', cassette,
    '--report-junit-path', join(REPORT_DIR, `${role}.xml`),
    ...(token ? ['-H', `Authorization: Bearer ${token}`] : []),
  ];
  console.log(`\n=== fuzzing as ${role} ===`);
  const exitCode = await new Promise<number>((done) => {
    const child = spawn(schemathesis, args, { stdio: 'inherit', cwd: REPORT_DIR });
    child.once('exit', (code) => done(code ?? 1));
  });
  const recorded = readFileSync(cassette, 'utf8');
  const statuses = [...recorded.matchAll(/^\s+status:\s*\n\s+code:\s*'?(\d{3})/gm)].map((m) => Number(m[1]));
  const failures = [...readFileSync(join(REPORT_DIR, `${role}.xml`), 'utf8').matchAll(/<failure\b/g)].length;
  return { role, requests: statuses.length, serverErrors: statuses.filter((s) => s >= 500).length, failures, exitCode };
}

process.exit(await main());
