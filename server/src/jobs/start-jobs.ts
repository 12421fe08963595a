import type { AppDeps } from '../app-deps';
import { markOverdueCases } from '../applications/mark-overdue-cases';
import { relayCaseNotifications } from '../notifications/relay-case-notifications';
import { sendPendingNotifications } from '../notifications/send-pending-notifications';
import { remindExpiringAgreements } from '../agreements/remind-expiring-agreements';
import { deleteEndedRateWindows } from '../security/rate-limit';

/** One round of background work: overdue marks first, so their escalations go out in the same round. */
export async function runJobsOnce(deps: Pick<AppDeps, 'db' | 'logger'>, now = new Date()): Promise<void> {
  const marked = await markOverdueCases(deps, now);
  const relayed = (await relayCaseNotifications(deps, now)) + (await remindExpiringAgreements(deps, now));
  const { sent, failed } = await sendPendingNotifications(deps, undefined, now);
  const rateWindows = await deleteEndedRateWindows(deps.db, now);
  if (marked + relayed + sent + failed + rateWindows > 0) deps.logger.info({ marked, relayed, sent, failed, rateWindows }, 'background jobs ran');
}

export interface Jobs {
  /** Stops scheduling and waits for a round in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs the background work every `intervalSeconds` on this instance. Every instance may run it: each job
 * is safe to run concurrently (claims by unique insert). Rounds never overlap within one instance, and a
 * failed round is logged and the next one tries again.
 */
export function startJobs(deps: Pick<AppDeps, 'db' | 'logger' | 'config'>, intervalSeconds = deps.config.JOB_INTERVAL_SECONDS): Jobs {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  const tick = () => {
    round = runJobsOnce(deps)
      .catch((error: unknown) => deps.logger.error({ err: error }, 'background jobs failed'))
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
  };
}
