// The test-server module comes before the modules that register mongoose models, as in the browser tests.
import { startTestServer, type TestServer } from '../../server/test-support/start-test-server';
import { seedCounty, startDraft } from '../../server/test-support/case-fixtures';
import { freePort, launchDatabase, REPO_ROOT } from '../../server/src/db/launch-database';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { signInFuzzRoles, type FuzzRole } from './fuzz-sessions';
import { installSchemathesis } from './install-schemathesis';
import { sendBrokenBodies } from './send-broken-bodies';
import { superviseApi, type SupervisedApi } from './supervise-api';

/**
 * `npm run fuzz`: schemathesis generates requests from /api/openapi.json for every operation (JSON and multipart
 * bodies), as each role of the demo county, against the API running as `npm start` runs it, in a process of its own
 * on a database of its own; then every operation that takes a body gets malformed, cut-short and reset bodies.
 * Prints requests sent, 5xx answers, crashes (times the API process died and was restarted) and schema violations
 * (responses that break the documented schema, status or content type); fails unless the last three are zero.
 * FUZZ_EXAMPLES (default 5 per operation and phase) and FUZZ_SEED bound a run.
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
  /** Operations schemathesis itself could not run (its own errors, not the API's). */
  fuzzerErrors: number;
  exitCode: number;
}

async function main(): Promise<number> {
  const schemathesis = installSchemathesis(join(REPO_ROOT, '.tools', 'fuzz-venv'));
  const dataDir = mkdtempSync(join(tmpdir(), 'ccs-fuzz-db-'));
  const database = await launchDatabase({ dataDir });
  let setup: TestServer | undefined;
  let api: SupervisedApi | undefined;
  try {
    // Seeding and sign-ins go through an in-process server (it reads the SMS codes it logs); its tokens serve the
    // API process too, which shares the database and the development signing secret.
    setup = await startTestServer(FUZZ_SERVER_ENV, database.uri);
    await seedCounty(setup);
    const roles = await signInFuzzRoles(setup);
    const familyDraft = await startDraft(setup, roles.find((r) => r.role === 'family')!.token!);
    mkdirSync(REPORT_DIR, { recursive: true });
    rmSync(join(REPORT_DIR, 'api.log'), { force: true });
    api = await superviseApi(setup.deps.config.MONGODB_URI, await freePort(), REPORT_DIR);
    const results: RoleResult[] = [];
    for (const role of roles) results.push(await fuzzAs(schemathesis, api.baseUrl, role));
    console.log('\n=== broken bodies on every operation that takes one ===');
    const broken = await sendBrokenBodies(api.baseUrl, roles, { applicationId: familyDraft });
    const unhandled = unhandledErrors();
    for (const line of unhandled.slice(0, 20)) console.log('server error:', line.slice(0, 600));
    for (const line of broken.serverErrors.slice(0, 20)) console.log('5xx:', line);

    console.log('\nrole              requests  5xx  schema violations');
    for (const r of results) console.log(`${r.role.padEnd(17)} ${String(r.requests).padStart(8)} ${String(r.serverErrors).padStart(4)} ${String(r.failures).padStart(18)}`);
    console.log(`${'broken bodies'.padEnd(17)} ${String(broken.requests).padStart(8)} ${String(broken.serverErrors.length).padStart(4)} ${'-'.padStart(18)}`);
    const total = (key: 'requests' | 'serverErrors' | 'failures') => results.reduce((sum, r) => sum + r[key], 0);
    const summary = {
      requests: total('requests') + broken.requests,
      serverErrors: total('serverErrors') + broken.serverErrors.length,
      crashes: api.restarts(),
      schemaViolations: total('failures'),
    };
    console.log(`\nrequests sent: ${summary.requests}`);
    console.log(`5xx answers: ${summary.serverErrors}`);
    console.log(`crashes (API process restarts): ${summary.crashes}`);
    console.log(`schema violations: ${summary.schemaViolations}`);
    console.log(`health checks failed after a broken body: ${broken.healthFailures}`);
    console.log(`unhandled errors logged: ${unhandled.length}`);
    console.log(`operations the fuzzer could not run (its own errors): ${results.reduce((sum, r) => sum + r.fuzzerErrors, 0)}`);
    console.log(`Reports and the API's log: ${REPORT_DIR}`);
    const clean = summary.serverErrors + summary.crashes + summary.schemaViolations + broken.healthFailures === 0;
    return clean && results.every((r) => r.exitCode === 0) ? 0 : 1;
  } finally {
    await api?.stop();
    await setup?.close();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The API process's log lines at error level or above (it logs JSON outside development). */
function unhandledErrors(): string[] {
  const log = join(REPORT_DIR, 'api.log');
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => /"level":(5\d|60)/.test(line));
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
  const junit = readFileSync(join(REPORT_DIR, `${role}.xml`), 'utf8');
  const failures = [...junit.matchAll(/<failure\b/g)].length;
  const fuzzerErrors = [...junit.matchAll(/<error\b/g)].length;
  return { role, requests: statuses.length, serverErrors: statuses.filter((s) => s >= 500).length, failures, fuzzerErrors, exitCode };
}

process.exit(await main());
