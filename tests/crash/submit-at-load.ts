import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION } from '@ccs/shared';

/** A draft ready to submit, with the key its client keeps for every try, as the app keeps it on the phone. */
export interface PendingSubmission {
  applicationId: string;
  token: string;
  idempotencyKey: string;
}

export interface Acknowledgement {
  applicationId: string;
  idempotencyKey: string;
  reference: string;
}

export interface LoadResult {
  acknowledged: Acknowledgement[];
  /** Submissions that lost at least one try: the connection died or the answer was 502/503/504. */
  failedInFlight: number;
  /** Tries sent again with the same key after such a loss. */
  retried: number;
  /** 5xx answers seen on the way (a 503 while the database is away is expected; a 500 is not). */
  serverErrors: Record<number, number>;
  /** Answers that were neither an acknowledgement nor a retryable failure. */
  refused: { applicationId: string; status: number; body: string }[];
}

export const pendingSubmission = (applicationId: string, token: string): PendingSubmission => ({
  applicationId,
  token,
  idempotencyKey: randomUUID(),
});

const RETRY_DELAY_MS = 200;

/**
 * Sends every submission with `workers` clients at once. A try whose connection dies or that gets a 5xx is sent
 * again with the same Idempotency-Key once the server answers, as the app's client does; `onAcknowledged` lets the
 * caller kill a process in the middle of the load.
 */
export async function submitAtLoad(
  baseUrl: () => string,
  submissions: PendingSubmission[],
  workers: number,
  onAcknowledged: (count: number) => void,
  deadlineMs = 900_000,
): Promise<LoadResult> {
  const result: LoadResult = { acknowledged: [], failedInFlight: 0, retried: 0, serverErrors: {}, refused: [] };
  const deadline = Date.now() + deadlineMs;
  const queue = [...submissions];

  async function submitUntilAnswered(submission: PendingSubmission): Promise<void> {
    let lost = false;
    for (;;) {
      if (Date.now() > deadline) throw new Error(`submission ${submission.applicationId} got no answer before the deadline`);
      let status: number;
      let text: string;
      try {
        const response = await fetch(`${baseUrl()}/api/applications/${submission.applicationId}/submit`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${submission.token}`,
            'idempotency-key': submission.idempotencyKey,
          },
          body: JSON.stringify({ consent: { version: CONSENT_VERSION, agreed: true } }),
        });
        status = response.status;
        text = await response.text();
      } catch {
        status = 0; // the connection died: no answer at all
        text = '';
      }
      if (status === 200) {
        const body = JSON.parse(text) as { id: string; reference: string };
        result.acknowledged.push({ applicationId: body.id, idempotencyKey: submission.idempotencyKey, reference: body.reference });
        onAcknowledged(result.acknowledged.length);
        return;
      }
      if (status >= 500) result.serverErrors[status] = (result.serverErrors[status] ?? 0) + 1;
      if (status !== 0 && status < 500) {
        result.refused.push({ applicationId: submission.applicationId, status, body: text.slice(0, 300) });
        return;
      }
      if (!lost) result.failedInFlight += 1;
      lost = true;
      result.retried += 1;
      await new Promise((done) => setTimeout(done, RETRY_DELAY_MS));
    }
  }

  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await submitUntilAnswered(next);
    }),
  );
  return result;
}
