import { runCrashPhases, type PhaseReport } from './run-crash-phases';

/**
 * `npm run crash-test`: CRASH_SUBMISSIONS (default 150) submissions from CRASH_WORKERS (default 16) clients at once,
 * first with the API SIGKILLed and restarted in the middle, then with the database. Prints the counts and exits 1
 * unless every acknowledged submission is in the database exactly once.
 */
const submissions = Number(process.env.CRASH_SUBMISSIONS ?? 150);
const workers = Number(process.env.CRASH_WORKERS ?? 16);

const reports = await runCrashPhases({ submissions, workers, log: (line) => console.log(line) });
printReports(reports);
const failed = reports.some((r) => r.duplicates > 0 || r.lost > 0 || r.refused.length > 0 || r.finalInDb !== r.acknowledged);
process.exit(failed ? 1 : 0);

function printReports(all: PhaseReport[]): void {
  const columns = ['killed', 'sent', 'ackedBeforeKill', 'ackedAfterRestart', 'failedInFlight', 'retried', 'acknowledged', 'finalInDb', 'duplicates', 'lost'] as const;
  console.log(`\n${columns.map((c) => c.padStart(c.length + 2)).join('')}`);
  for (const r of all) console.log(columns.map((c) => String(r[c]).padStart(c.length + 2)).join(''));
  for (const r of all) {
    if (r.duplicates > 0) console.log(`${r.killed}: duplicates ${JSON.stringify(r.duplicateBreakdown)}`);
    if (Object.keys(r.serverErrors).length > 0) console.log(`${r.killed}: 5xx answers on the way (retried): ${JSON.stringify(r.serverErrors)}`);
    for (const refusal of r.refused) console.log(`${r.killed}: refused ${refusal.applicationId}: ${refusal.status} ${refusal.body}`);
  }
}
