import budgets from './budgets.json';
import { h5FirstScreenJs, weappPackageSizes } from './measure-app-weight';
import { measurePortalWithLighthouse } from './measure-lighthouse';

/**
 * `npm run budgets`: the app's weight and the portal's Lighthouse scores next to their budgets (issue 6), one
 * line each; exits 1 when one is over. Run after `npm run build`.
 * `--performance-printed` (what `npm test` passes): the Lighthouse performance median is printed but never fails
 * the run, since this machine's load moved one build's score between 75 and 99; accessibility still fails it. A
 * median only printed is taken over fewer runs (`lighthouseRunsPerPagePrinted`).
 */
const performancePrinted = process.argv.includes('--performance-printed');
const performanceFailsRun = budgets.lighthousePerformanceFailsRun && !performancePrinted;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: { what: string; value: string; verdict: string }[] = [];
let over = 0;
function row(what: string, value: string, budget?: { text: string; ok: boolean }, failsRun = true) {
  if (budget && !budget.ok && failsRun) over += 1;
  const missed = failsRun ? 'OVER' : 'BELOW (printed, not failing the run)';
  rows.push({ what, value, verdict: budget ? `  ${budget.text}  ${budget.ok ? 'ok' : missed}` : '' });
}
const atMost = (value: number, budget: number) => ({ text: `${value <= budget ? '≤' : '>'} ${kb(budget)}`, ok: value <= budget });
const atLeast = (score: number, budget: number) => ({ text: `${score >= budget ? '≥' : '<'} ${budget}`, ok: score >= budget });

const weapp = weappPackageSizes();
row('weapp main package', kb(weapp.main), atMost(weapp.main, budgets.weappMainPackageBytes));
for (const [name, size] of Object.entries(weapp.subpackages)) row(`weapp subpackage ${name}`, kb(size));
const h5 = await h5FirstScreenJs();
row(`H5 first-screen JS, gzipped (${h5.files} files)`, kb(h5.gzipBytes), atMost(h5.gzipBytes, budgets.h5FirstScreenJsGzipBytes));

const failures = new Set<string>();
const ms = (value: number) => `${Math.round(value)} ms`;
for (const { page, runs, median } of await measurePortalWithLighthouse(performancePrinted ? budgets.lighthouseRunsPerPagePrinted : budgets.lighthouseRunsPerPage)) {
  for (const [index, run] of runs.entries()) {
    row(
      `Lighthouse ${page} run ${index + 1}: performance, FCP / LCP / TBT, CPU index`,
      `${run.performance}, ${ms(run.fcpMs)} / ${ms(run.lcpMs)} / ${ms(run.tbtMs)}, ${run.benchmarkIndex}`,
    );
  }
  const performance = atLeast(median.performance, budgets.lighthouseMinPerformance);
  row(`Lighthouse ${page}: performance, median of ${runs.length}`, String(median.performance), performance, performanceFailsRun);
  // Accessibility does not depend on timing: every run is held to it.
  const accessibility = Math.min(...runs.map((run) => run.accessibility));
  row(`Lighthouse ${page}: accessibility, lowest of ${runs.length}`, String(accessibility), atLeast(accessibility, budgets.lighthouseMinAccessibility));
  for (const run of runs) if (run.accessibilityFailures.length > 0) failures.add(`${page}: ${run.accessibilityFailures.join('; ')}`);
}

for (const { what, value, verdict } of rows) console.log(`${what.padEnd(68)} ${value.padStart(10)}${verdict}`);
for (const failure of failures) console.log(`accessibility audits failed on ${failure}`);
process.exit(over > 0 ? 1 : 0);
