import type { AppDeps } from '../app-deps';
import { markOverdueCases } from '../applications/mark-overdue-cases';
import { relayCaseNotifications } from '../notifications/relay-case-notifications';
import { sendPendingNotifications } from '../notifications/send-pending-notifications';
import { remindExpiringAgreements } from '../agreements/remind-expiring-agreements';
import { deleteEndedRateWindows } from '../security/rate-limit';

type JobDeps = Pick<AppDeps, 'db' | 'logger' | 'sms' | 'config'>;

/** The background work in the order of a round: overdue marks first, so their escalations go out in the same round. */
function backgroundJobs() {
  return {
    markOverdueCases: async (deps: JobDeps, now: Date) => ({ marked: await markOverdueCases(deps, now) }),
    relayCaseNotifications: async (deps: JobDeps, now: Date) => ({ relayed: await relayCaseNotifications(deps, now) }),
    remindExpiringAgreements: async (deps: JobDeps, now: Date) => ({ reminders: await remindExpiringAgreements(deps, now) }),
    sendPendingNotifications: (deps: JobDeps, now: Date) => sendPendingNotifications(deps, undefined, now),
    deleteEndedRateWindows: async (deps: JobDeps, now: Date) => ({ rateWindows: await deleteEndedRateWindows(deps.db, now) }),
  };
}

export type JobName = keyof ReturnType<typeof backgroundJobs>;
export const JOB_NAMES = Object.keys(backgroundJobs()) as JobName[];

/**
 * One round of background work. Each job runs even when one before it failed (logged), so one broken job stops
 * only itself; returns the jobs that succeeded.
 */
export async function runJobsOnce(deps: JobDeps, now = new Date()): Promise<JobName[]> {
  const succeeded: JobName[] = [];
  const counts: Record<string, number> = {};
  for (const [job, run] of Object.entries(backgroundJobs()) as [JobName, (deps: JobDeps, now: Date) => Promise<Record<string, number>>][]) {
    try {
      Object.assign(counts, await run(deps, now));
      succeeded.push(job);
    } catch (error) {
      deps.logger.error({ job, err: error }, 'background job failed');
    }
  }
  if (Object.values(counts).some((count) => count > 0)) deps.logger.info(counts, 'background jobs ran');
  return succeeded;
}

export interface Jobs {
  /** Stops scheduling and waits for a round in progress to finish. */
  stop(): Promise<void>;
  /**
   * For the readiness check: each job whose last success on this instance (or, before one, the start) is more
   * than two intervals ago, with how long ago that was.
   */
  late(now?: Date): { job: JobName; secondsSinceSuccess: number }[];
}

/**
 * Runs the background work every `intervalSeconds` on this instance. Every instance may run it: each job
 * is safe to run concurrently (claims by unique insert). Rounds never overlap within one instance; a job that
 * fails is logged and tried again the next round.
 */
export function startJobs(deps: JobDeps, intervalSeconds = deps.config.JOB_INTERVAL_SECONDS): Jobs {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const started = new Date();
  const lastSuccess = new Map<JobName, Date>();
  const tick = () => {
    round = runJobsOnce(deps, new Date())
      .then((succeeded) => {
        const at = new Date();
        for (const job of succeeded) lastSuccess.set(job, at);
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalSeconds * 1000);
      });
  };
  timer = setTimeout(tick, intervalSeconds * 1000);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
    late(now = new Date()) {
      return JOB_NAMES.map((job) => ({ job, secondsSinceSuccess: (now.getTime() - (lastSuccess.get(job) ?? started).getTime()) / 1000 }))
        .filter(({ secondsSinceSuccess }) => secondsSinceSuccess > 2 * intervalSeconds)
        .map(({ job, secondsSinceSuccess }) => ({ job, secondsSinceSuccess: Math.round(secondsSinceSuccess) }));
    },
  };
}
