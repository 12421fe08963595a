import type { ErrorCode } from '@ccs/shared/errors/error-codes';
import type { RefusedTarget } from '../audit/refused-access';

/** The one error type services throw; the error middleware maps its code to a status and a Chinese message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      fields?: Record<string, string>;
      data?: Record<string, string>;
      detail?: string;
      cause?: unknown;
      /** A reach for someone else's data: written to the audit log as `access.refused` (`audit/refused-access.ts`). */
      refused?: RefusedTarget;
    } = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.name = 'AppError';
  }
}
