import type { ErrorCode } from '@ccs/shared/errors/error-codes';

/** The one error type services throw; the error middleware maps its code to a status and a Chinese message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: { fields?: Record<string, string>; data?: Record<string, string>; detail?: string; cause?: unknown } = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.name = 'AppError';
  }
}
