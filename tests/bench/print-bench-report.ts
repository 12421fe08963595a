import type { ExplainedQuery } from './explain-queries';
import type { ScenarioResult } from './run-scenario';

export interface BenchReport {
  measuredAt: string;
  database: string;
  machine: { cpus: number; node: string };
  connections: number;
  requests: number;
  scale: number;
  baseScale: number;
  seeding: Record<string, { counts: Record<string, number>; timingsMs: Record<string, number> }>;
  scenarios: ScenarioResult[];
  growth: { scenario: string; p50Ms: number[]; p99Ms: number[]; p50Ratio: number; p99Ratio: number }[];
  explained: ExplainedQuery[];
  appWeight: {
    weappMainBytes: number;
    weappMainBudgetBytes: number;
    weappSubpackageBytes: Record<string, number>;
    h5FirstScreenJsGzipBytes: number;
    h5FirstScreenJsBudgetBytes: number;
    h5FirstScreenFiles: number;
  } | null;
}

/** The issue's targets: API p50 within 1.5× its floor, p99 under 100 ms at 50 connections, p99 at most 2× at 10× data. */
export const TARGETS = { p50OverFloor: 1.5, p99Ms: 100, p99MsScenarios: ['entitlement', 'directorQueue'], growthP99Ratio: 2 };

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(headers: string[], rows: (string | number)[][]) {
  const cells = [headers, ...rows.map((row) => row.map(String))];
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => [...row[column]!].length)));
  for (const [index, row] of cells.entries()) {
    console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

/** The report as tables: scenarios with their floors, growth, query plans, app weight, then the targets. */
export function printBenchReport(report: BenchReport): void {
  const seeded = report.seeding[report.scale]!;
  console.log(`\nBenchmark ${report.measuredAt} on ${report.database}, ${report.machine.cpus} CPUs, Node ${report.machine.node}`);
  console.log(`Scale ${report.scale}: ${Object.entries(seeded.counts).map(([what, count]) => `${what} ${count}`).join(', ')}`);
  console.log(`Seeding (ms): ${Object.entries(seeded.timingsMs).map(([step, ms]) => `${step} ${ms}`).join(', ')}`);

  console.log(`\nScenarios: ${report.requests} requests each at ${report.connections} connections (a write at most one per seeded case), floors the same`);
  table(
    ['scenario', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'of them 5xx', 'floor p50', 'floor p99', 'floor errors', 'p50/floor'],
    report.scenarios.map((r) => [r.title, r.api.requestsPerSecond, r.api.p50Ms, r.api.p99Ms, r.api.errors, r.api.serverErrors, r.floor.p50Ms, r.floor.p99Ms, r.floor.errors, r.p50OverFloor]),
  );
  for (const r of report.scenarios.filter((s) => Object.keys(s.statusCodes).length > 0)) {
    console.log(`${r.scenario} answered ${Object.entries(r.statusCodes).map(([status, count]) => `${status} ×${count}`).join(', ')}`);
  }

  console.log(`\nHow cost grows: scale ${report.baseScale} → ${report.scale}`);
  table(
    ['scenario', 'p50 ms', 'p99 ms', 'p50 ×', 'p99 ×'],
    report.growth.map((g) => [g.scenario, g.p50Ms.join(' → '), g.p99Ms.join(' → '), g.p50Ratio, g.p99Ratio]),
  );

  console.log('\nQuery plans (explain)');
  table(['query', 'plan', 'index'], report.explained.map((e) => [e.query, e.plan, e.usesIndex ? 'yes' : 'NO']));

  console.log('\nApp weight');
  const weight = report.appWeight;
  if (!weight) console.log('not measured: run `npm run build` first (or --skip-app-weight was given)');
  else {
    table(
      ['what', 'size', 'budget'],
      [
        ['weapp main package', kb(weight.weappMainBytes), `${kb(weight.weappMainBudgetBytes)} ${verdict(weight.weappMainBytes <= weight.weappMainBudgetBytes)}`],
        ...Object.entries(weight.weappSubpackageBytes).map(([name, bytes]) => [`weapp subpackage ${name}`, kb(bytes), '']),
        [`H5 first-screen JS gzipped (${weight.h5FirstScreenFiles} files)`, kb(weight.h5FirstScreenJsGzipBytes), `${kb(weight.h5FirstScreenJsBudgetBytes)} ${verdict(weight.h5FirstScreenJsGzipBytes <= weight.h5FirstScreenJsBudgetBytes)}`],
      ],
    );
  }

  console.log('\nTargets');
  const rows: string[][] = [];
  for (const r of report.scenarios) rows.push([`${r.scenario}: p50 ≤ ${TARGETS.p50OverFloor}× floor`, `${r.p50OverFloor}×`, verdict(r.p50OverFloor <= TARGETS.p50OverFloor)]);
  for (const r of report.scenarios.filter((s) => TARGETS.p99MsScenarios.includes(s.scenario))) {
    rows.push([`${r.scenario}: p99 < ${TARGETS.p99Ms} ms at ${r.connections} connections`, `${r.api.p99Ms} ms`, verdict(r.api.p99Ms < TARGETS.p99Ms)]);
  }
  for (const g of report.growth) rows.push([`${g.scenario}: p99 ≤ ${TARGETS.growthP99Ratio}× at ${report.scale / report.baseScale}× data`, `${g.p99Ratio}×`, verdict(g.p99Ratio <= TARGETS.growthP99Ratio)]);
  table(['target', 'now', ''], rows);
}
