// The test-server module comes before the modules that register mongoose models, as in the browser tests.
import { startTestServer, type TestServer } from '../../server/test-support/start-test-server';
import { seedCounty, signInFamily, startDraft } from '../../server/test-support/case-fixtures';
import { freePort, launchDatabase, REPO_ROOT, type LaunchedDatabase } from '../../server/src/db/launch-database';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mongoose from 'mongoose';
import { killHard, startApiProcess, type ApiProcess } from './api-process';
import { pendingSubmission, submitAtLoad, type LoadResult, type PendingSubmission } from './submit-at-load';

export interface PhaseReport {
  killed: 'api' | 'database';
  sent: number;
  ackedBeforeKill: number;
  /** Acknowledged only once the killed process was back: these waited out the crash or were retried through it. */
  ackedAfterRestart: number;
  failedInFlight: number;
  retried: number;
  acknowledged: number;
  finalInDb: number;
  /** Applications or submit steps beyond one per key, and reference numbers given twice. */
  duplicates: number;
  duplicateBreakdown: { applications: number; submitSteps: number; references: number };
  lost: number;
  serverErrors: LoadResult['serverErrors'];
  refused: LoadResult['refused'];
}

export interface CrashTestOptions {
  /** Submissions in each phase (one with the API killed, one with the database killed). */
  submissions: number;
  /** Clients submitting at once. */
  workers: number;
  log?: (line: string) => void;
}

const DRAFTS_PER_FAMILY = 5;
const SETUP_CONCURRENCY = 6;
/** The API's log of the last run, kept for reading after a failure. */
const LOG_DIR = join(REPO_ROOT, 'tests', 'artifacts', 'crash');

/**
 * The crash test: the database and the API each run as a process of their own; families submit at load, the API
 * is SIGKILLed in the middle and restarted, then the database is SIGKILLed and restarted on its files and port.
 * Afterwards every acknowledged submission must be in the database exactly once, none missing.
 */
export async function runCrashPhases({ submissions, workers, log = () => {} }: CrashTestOptions): Promise<PhaseReport[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ccs-crash-'));
  let database: LaunchedDatabase = await launchDatabase({ dataDir });
  const databasePort = Number(new URL(database.uri).port);
  let setup: TestServer | undefined;
  let api: ApiProcess | undefined;
  try {
    setup = await startTestServer({ ACCESS_TOKEN_TTL_SECONDS: '7200' }, database.uri);
    await seedCounty(setup);
    const drafts = await prepareDrafts(setup, submissions * 2);
    log(`${drafts.length} drafts ready in ${new Set(drafts.map((d) => d.token)).size} families`);
    const apiPort = await freePort();
    mkdirSync(LOG_DIR, { recursive: true });
    rmSync(join(LOG_DIR, 'api.log'), { force: true });
    api = await startApiProcess(setup.deps.config.MONGODB_URI, apiPort, LOG_DIR);
    const baseUrl = () => api!.baseUrl;

    const apiPhase = await runPhase('api', drafts.slice(0, submissions), workers, baseUrl, async () => {
      await killHard(api!.child);
      log('API killed with SIGKILL; restarting it');
      api = await startApiProcess(setup!.deps.config.MONGODB_URI, apiPort, LOG_DIR);
      log('API back');
    });
    const databasePhase = await runPhase('database', drafts.slice(submissions), workers, baseUrl, async () => {
      await killDatabase(database);
      log('database killed with SIGKILL; restarting it on its files and port');
      database = await launchDatabase({ dataDir, port: databasePort });
      log('database back');
    });
    const reports = [apiPhase, databasePhase];
    await countInDatabase(setup.deps.config.MONGODB_URI, reports);
    return reports.map(({ report }) => report);
  } finally {
    if (api) await killHard(api.child);
    await setup?.close().catch(() => {});
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Families sign in and add children with an application draft each, over HTTP as the app does. */
async function prepareDrafts(setup: TestServer, count: number): Promise<PendingSubmission[]> {
  const families = Array.from({ length: Math.ceil(count / DRAFTS_PER_FAMILY) }, (_, family) => family);
  const drafts: PendingSubmission[] = [];
  // A few families at a time: the set-up is not what is under test.
  while (families.length > 0) {
    const batch = await Promise.all(families.splice(0, SETUP_CONCURRENCY).map((family) => familyDrafts(setup, family, count)));
    drafts.push(...batch.flat());
  }
  return drafts;
}

async function familyDrafts(setup: TestServer, family: number, count: number): Promise<PendingSubmission[]> {
  const token = await signInFamily(setup, `1391${String(family).padStart(7, '0')}`);
  const mine: PendingSubmission[] = [];
  for (let child = 0; child < DRAFTS_PER_FAMILY && family * DRAFTS_PER_FAMILY + child < count; child += 1) {
    const id = await startDraft(setup, token, { sequence: String(101 + child), birthDate: '2015-06-01' });
    mine.push(pendingSubmission(id, token));
  }
  return mine;
}

interface PhaseRun {
  report: PhaseReport;
  acknowledged: LoadResult['acknowledged'];
  submissions: PendingSubmission[];
}

/** Submits at load and runs `kill` (then restart) once a third of the submissions have been acknowledged. */
async function runPhase(
  killed: PhaseReport['killed'],
  submissions: PendingSubmission[],
  workers: number,
  baseUrl: () => string,
  kill: () => Promise<void>,
): Promise<PhaseRun> {
  let ackedBeforeKill = -1;
  let ackedAtRestart = -1;
  let killing: Promise<void> | undefined;
  let latest = 0;
  const result = await submitAtLoad(baseUrl, submissions, workers, (count) => {
    latest = count;
    if (killing || count < Math.ceil(submissions.length / 3)) return;
    ackedBeforeKill = count;
    // The signal goes out synchronously here, while the other workers' submissions are still on their way.
    killing = kill().then(() => {
      ackedAtRestart = latest;
    });
  });
  await killing;
  return {
    acknowledged: result.acknowledged,
    submissions,
    report: {
      killed,
      sent: submissions.length,
      ackedBeforeKill,
      ackedAfterRestart: ackedAtRestart < 0 ? 0 : result.acknowledged.length - ackedAtRestart,
      failedInFlight: result.failedInFlight,
      retried: result.retried,
      acknowledged: result.acknowledged.length,
      finalInDb: 0,
      duplicates: 0,
      duplicateBreakdown: { applications: 0, submitSteps: 0, references: 0 },
      lost: 0,
      serverErrors: result.serverErrors,
      refused: result.refused,
    },
  };
}

/** Reads the collections through the driver: one submitted application and one submit step per key, references unique. */
async function countInDatabase(uri: string, phases: PhaseRun[]): Promise<void> {
  const client = new mongoose.mongo.MongoClient(uri);
  try {
    const db = client.db();
    const all = await db.collection('applications').find({}, { projection: { reference: 1, submitIdempotencyKey: 1, status: 1 } }).toArray();
    const referenceCount = new Map<unknown, number>();
    for (const a of all) if (a.reference) referenceCount.set(a.reference, (referenceCount.get(a.reference) ?? 0) + 1);
    for (const phase of phases) {
      const ids = phase.submissions.map((s) => new mongoose.Types.ObjectId(s.applicationId));
      const keys = new Set(phase.submissions.map((s) => s.idempotencyKey));
      const submitted = all.filter((a) => keys.has(a.submitIdempotencyKey));
      const steps = await db
        .collection('case_steps')
        .aggregate<{ _id: unknown; n: number }>([
          { $match: { applicationId: { $in: ids }, 'entry.event': 'submitted' } },
          { $group: { _id: '$applicationId', n: { $sum: 1 } } },
        ])
        .toArray();
      const byKey = new Map<string, number>();
      for (const a of submitted) byKey.set(a.submitIdempotencyKey, (byKey.get(a.submitIdempotencyKey) ?? 0) + 1);
      const extraApplications = [...byKey.values()].reduce((sum, n) => sum + n - 1, 0);
      const extraSteps = steps.reduce((sum, s) => sum + s.n - 1, 0);
      const inDb = new Map(submitted.map((a) => [String(a._id), a]));
      const stepped = new Set(steps.map((s) => String(s._id)));
      const lost = phase.acknowledged.filter((ack) => {
        const stored = inDb.get(ack.applicationId);
        return !stored || !stepped.has(ack.applicationId) || stored.reference !== ack.reference || stored.status === 'draft';
      });
      const repeatedReferences = submitted.filter((a) => (referenceCount.get(a.reference) ?? 0) > 1).length;
      phase.report.finalInDb = submitted.length;
      phase.report.duplicateBreakdown = { applications: extraApplications, submitSteps: extraSteps, references: repeatedReferences };
      phase.report.duplicates = extraApplications + extraSteps + repeatedReferences;
      phase.report.lost = lost.length;
    }
  } finally {
    await client.close();
  }
}

/**
 * SIGKILLs the server that keeps the data (PostgreSQL's postmaster on the default backend) and waits until it and
 * the FerretDB in front of it, which the launcher stops with it, are gone.
 */
async function killDatabase(database: LaunchedDatabase): Promise<void> {
  if (!database.pid) throw new Error('the database was not started by the launcher (MONGODB_URI is set): nothing to kill');
  process.kill(database.pid, 'SIGKILL');
  await database.stop();
}
