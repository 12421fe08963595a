import autocannon from 'autocannon';
import { MongoServerError, type Db } from 'mongodb';
import type { Scenario } from './bench-scenarios';

export interface Measured {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Requests that failed in any way. */
  errors: number;
  /** Of those, the ones the server refused (a 5xx, or a database error for the floor), e.g. 503 when SQLite is busy: measured, not a broken benchmark. */
  serverErrors: number;
}

export interface ScenarioResult {
  scenario: string;
  title: string;
  scale: number;
  connections: number;
  api: Measured;
  floor: Measured;
  /** API p50 over floor p50: the API's own cost on top of the database work it cannot avoid. */
  p50OverFloor: number;
  /** Status codes other than 2xx, to tell an error's cause. */
  statusCodes: Record<string, number>;
}

export interface RunOptions {
  baseUrl: string;
  db: Db;
  connections: number;
  /** Requests per scenario (a write: at most one per seeded case); every one is waited for, so slow ones count. */
  requests: number;
  /** Requests sent one at a time before a read scenario is measured (default 2). */
  warmUpRequests?: number;
  scale: number;
}

const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/**
 * Runs the scenario over HTTP with autocannon, then its floor with as many concurrent driver sequences. A fixed
 * number of requests rather than a fixed time: a timed run drops the requests still in flight when time is up,
 * which on a slow database are the slow ones.
 */
export async function runScenario(scenario: Scenario, options: RunOptions): Promise<ScenarioResult> {
  const amount = Math.min(options.requests, scenario.limit ?? Infinity);
  const connections = Math.max(1, Math.min(options.connections, amount));
  const statusCodes: Record<string, number> = {};
  if (!scenario.limit) await warmUp(scenario, options.baseUrl, options.warmUpRequests ?? 2);
  const result = await autocannon({
    url: options.baseUrl,
    connections,
    amount,
    timeout: 600,
    requests: [
      {
        setupRequest: (request) => ({ ...request, ...scenario.nextRequest()! }),
        onResponse: (status) => {
          if (status >= 300) statusCodes[status] = (statusCodes[status] ?? 0) + 1;
        },
      },
    ],
  });
  const api: Measured = {
    requests: result.requests.total,
    requestsPerSecond: round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
    serverErrors: Object.entries(statusCodes).reduce((sum, [status, count]) => sum + (Number(status) >= 500 ? count : 0), 0),
  };
  if (!scenario.limit) await warmUpFloor(scenario, options.db, options.warmUpRequests ?? 2);
  const floor = await runFloor(scenario, options.db, connections, amount);
  return {
    scenario: scenario.name,
    title: scenario.title,
    scale: options.scale,
    connections,
    api,
    floor,
    p50OverFloor: round(api.p50Ms / Math.max(floor.p50Ms, 0.1), 2),
    statusCodes,
  };
}

/** A few requests one at a time first, so the first request's one-off work (compiling, caches) is not measured. */
async function warmUp(scenario: Scenario, baseUrl: string, count: number) {
  for (let n = 0; n < count; n += 1) {
    const request = scenario.nextRequest()!;
    await (await fetch(baseUrl + request.path, { method: request.method, headers: request.headers, body: request.body })).arrayBuffer();
  }
}

/** The floor's first operations one at a time too, so its one-off work (the latest list of each level) is not measured either. */
async function warmUpFloor(scenario: Scenario, db: Db, count: number) {
  for (let n = 0; n < count; n += 1) await scenario.nextFloor(db)?.();
}

/** `connections` workers run the floor's operations back to back, `amount` times in all or until its cases run out. */
async function runFloor(scenario: Scenario, db: Db, connections: number, amount: number): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let serverErrors = 0;
  let left = amount;
  const started = performance.now();
  const worker = async () => {
    while (left > 0) {
      left -= 1;
      const operation = scenario.nextFloor(db);
      if (!operation) return;
      const begun = performance.now();
      try {
        await operation();
        latencies.push(performance.now() - begun);
      } catch (error) {
        errors += 1;
        if (error instanceof MongoServerError) serverErrors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0);
  return { requests: latencies.length, requestsPerSecond: round(latencies.length / seconds), p50Ms: at(0.5), p99Ms: at(0.99), errors, serverErrors };
}
