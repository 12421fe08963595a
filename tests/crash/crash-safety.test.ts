import { expect, test } from 'vitest';
import { runCrashPhases } from './run-crash-phases';

// The lean version of `npm run crash-test` that every `npm test` runs: 40 submissions while the API is SIGKILLed
// and restarted, 40 while the database is. Its own database server, since this one gets killed.
test('every acknowledged submission is stored exactly once after the API and then the database are killed mid-load', async () => {
  const [api, database] = await runCrashPhases({ submissions: 40, workers: 8 });
  // A killed API drops the connections of the submissions in flight; a killed database may not fail any (the API
  // holds its queries until the database is back), so only the API phase must have lost tries.
  expect(api!.failedInFlight, 'api: submissions that lost a try').toBeGreaterThan(0);
  for (const phase of [api!, database!]) {
    expect(phase.refused, `${phase.killed}: refused answers`).toEqual([]);
    // The kill really landed in the middle: some were acknowledged before it, the rest only once it was back.
    expect(phase.ackedBeforeKill, `${phase.killed}: acknowledged before the kill`).toBeGreaterThan(0);
    expect(phase.ackedAfterRestart, `${phase.killed}: acknowledged after the restart`).toBeGreaterThan(0);
    expect(phase.acknowledged, `${phase.killed}: acknowledged`).toBe(40);
    expect(phase.finalInDb).toBe(40);
    expect({ duplicates: phase.duplicates, lost: phase.lost }).toEqual({ duplicates: 0, lost: 0 });
  }
}, 300_000);
