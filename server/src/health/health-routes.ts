import { z } from 'zod';
import { defineRoute, WithStatus } from '../http/define-route';
import { AppError } from '../errors/app-error';
import type { AppDeps } from '../app-deps';

/** A database slower than this to answer a ping is not ready: a load balancer should send requests elsewhere. */
const READY_PING_TIMEOUT_MS = 2_000;

/** A real round trip to the database, failing after `READY_PING_TIMEOUT_MS`; 'ok' or what went wrong. */
async function databaseCheck({ db }: AppDeps): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((done) => {
    timer = setTimeout(() => done(`no answer to a ping within ${READY_PING_TIMEOUT_MS / 1000} s`), READY_PING_TIMEOUT_MS);
  });
  const ping = (async () => {
    if (!db.db) return 'not connected';
    await db.db.command({ ping: 1 });
    return 'ok';
  })().catch((error: unknown) => `ping failed: ${error instanceof Error ? error.message : String(error)}`);
  try {
    return await Promise.race([ping, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The background jobs this instance runs: 'ok', or each one whose last success is over two intervals ago. */
function jobsCheck({ jobs }: AppDeps): string {
  if (!jobs) return 'ok (none run by this instance)';
  const late = jobs.late();
  return late.length === 0 ? 'ok' : `late: ${late.map(({ job, secondsSinceSuccess }) => `${job} (last success ${secondsSinceSuccess} s ago)`).join(', ')}`;
}

const readiness = z.object({
  status: z.enum(['ready', 'notReady']),
  checks: z.object({ database: z.string(), jobs: z.string() }),
});

export function healthRoutes(deps: AppDeps) {
  const { db } = deps;
  return [
    defineRoute({
      method: 'get',
      path: '/api/health',
      summary: '服务与数据库是否正常',
      tag: 'health',
      access: 'public',
      publicData: true,
      response: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
      handler: async () => {
        try {
          await db.db!.command({ ping: 1 });
        } catch (cause) {
          throw new AppError('DATABASE_UNAVAILABLE', { cause });
        }
        return { status: 'ok', database: 'ok' } as const;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/health/ready',
      summary: '本实例能否接收请求：数据库往返与后台任务（运维与负载均衡用）',
      tag: 'health',
      access: 'public',
      response: readiness,
      handler: async () => {
        const checks = { database: await databaseCheck(deps), jobs: jobsCheck(deps) };
        const ready = checks.database === 'ok' && checks.jobs.startsWith('ok');
        return new WithStatus(ready ? 200 : 503, { status: ready ? 'ready' : 'notReady', checks });
      },
    }),
  ];
}
