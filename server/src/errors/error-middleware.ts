import type { Middleware } from 'koa';
import { filledErrorMessage, type ErrorBody, type ErrorCode } from '@ccs/shared/errors/error-codes';
import { AppError } from './app-error';
import { errorStatus } from './error-status';
import type { AppState } from '../http/app-state';

/** Turns every error into `{ code, message }`; anything unexpected is logged and becomes a plain 500. */
export function errorMiddleware(): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new AppError('ROUTE_NOT_FOUND');
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') ctx.state.log.error({ err: error }, 'unhandled error');
      else ctx.state.log.info({ code: appError.code, detail: appError.options.detail }, 'request refused');
      const body: ErrorBody = {
        code: appError.code,
        message: filledErrorMessage(appError.code, appError.options.data),
        requestId: ctx.state.requestId,
        ...(appError.options.fields ? { fields: appError.options.fields } : {}),
        ...(appError.options.data ? { data: appError.options.data } : {}),
      };
      ctx.status = errorStatus[appError.code];
      ctx.body = body;
      // A refusal that lifts after a wait (security/wait-error.ts) says when: every 429 carries Retry-After.
      if (appError.options.data?.retryAfterSeconds) ctx.set('Retry-After', appError.options.data.retryAfterSeconds);
    }
  };
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const http = error as { status?: number; type?: string; name?: string; expose?: boolean };
  const known: Record<string, ErrorCode> = {
    'entity.too.large': 'BODY_TOO_LARGE',
    'entity.parse.failed': 'VALIDATION_FAILED',
    'encoding.unsupported': 'VALIDATION_FAILED',
  };
  if (http.type && known[http.type]) return new AppError(known[http.type]!, { cause: error });
  // Body-parser and Koa's own client errors (malformed JSON, wrong content type) carry an exposed 4xx status.
  // co-body rethrows JSON.parse's SyntaxError for a malformed JSON body.
  if (error instanceof SyntaxError) return new AppError('VALIDATION_FAILED', { cause: error, detail: 'malformed JSON body' });
  if (http.expose && http.status === 413) return new AppError('BODY_TOO_LARGE', { cause: error });
  if (http.expose && http.status && http.status >= 400 && http.status < 500) return new AppError('VALIDATION_FAILED', { cause: error });
  if (http.name === 'MongoServerSelectionError' || http.name === 'MongoNetworkError') {
    return new AppError('DATABASE_UNAVAILABLE', { cause: error });
  }
  // FerretDB's SQLite backend refuses a write while another holds the file (SQLITE_BUSY) and rolls it back: the
  // request had no effect and can be sent again, which the app does on a 503 (the crash test met it at load).
  if (http.name === 'MongoServerError' && /SQLITE_BUSY|database is locked/.test(String((error as Error).message))) {
    return new AppError('DATABASE_UNAVAILABLE', { cause: error });
  }
  return new AppError('INTERNAL', { cause: error });
}
