import type { ErrorCode } from '@ccs/shared/errors/error-codes';
import { AppError } from '../errors/app-error';

/** `45秒` or, from a minute on, whole minutes rounded up (`3分钟`): the wait a refused person reads. */
function spokenWait(seconds: number): string {
  return seconds < 60 ? `${seconds}秒` : `${Math.ceil(seconds / 60)}分钟`;
}

/**
 * A refusal that lifts after a wait: its message states the real wait (`{wait}` in the catalogue) and the error
 * middleware sends it as Retry-After, so every 429 says when to come back.
 */
export function waitError(code: ErrorCode, waitSeconds: number, detail?: string): AppError {
  const seconds = Math.max(1, Math.ceil(waitSeconds));
  return new AppError(code, { data: { retryAfterSeconds: String(seconds), wait: spokenWait(seconds) }, detail });
}
