import type { Middleware } from 'koa';
import { filledErrorMessage, type ErrorBody, type ErrorCode } from '@ccs/shared/errors/error-codes';
import { AppError } from './app-error';
import { errorStatus } from './error-status';
import { isDatabaseUnavailable } from '../db/is-database-unavailable';
import type { AppState } from '../http/app-state';

/** Seconds a client is asked to wait when the database is down or busy: long enough for a restart to finish. */
const DATABASE_RETRY_AFTER_SECONDS = 10;

/**
 * Turns every error into `{ code, message }`; anything unexpected is logged and becomes a plain 500. A database
 * that is down or busy is 503 with Retry-After. An error answered before the request body was read to its end
 * closes the connection, so a stalled or half-sent body cannot hold the socket or be read as the next request.
 */
export function errorMiddleware(): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new AppError('ROUTE_NOT_FOUND');
    } catch (error) {
      const appError = toAppError(error);
      // The route as declared (`/api/children/:childId`), not the path, which can carry an invitation token.
      const route = (ctx as { _matchedRoute?: string })._matchedRoute ?? null;
      if (appError.code === 'INTERNAL') ctx.state.log.error({ err: error, method: ctx.method, route }, 'unhandled error');
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
      if (appError.code === 'DATABASE_UNAVAILABLE') ctx.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      // A refusal that lifts after a wait (security/wait-error.ts) says when: every 429 carries Retry-After.
      if (appError.options.data?.retryAfterSeconds) ctx.set('Retry-After', appError.options.data.retryAfterSeconds);
      if (!ctx.req.complete) ctx.set('Connection', 'close');
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
    // raw-body (under the JSON body parser): the connection closed, or the body was shorter than declared.
    'request.aborted': 'BODY_INCOMPLETE',
    'request.size.invalid': 'BODY_INCOMPLETE',
  };
  if (http.type && known[http.type]) return new AppError(known[http.type]!, { cause: error });
  // Body-parser and Koa's own client errors (malformed JSON, wrong content type) carry an exposed 4xx status.
  // co-body rethrows JSON.parse's SyntaxError for a malformed JSON body.
  if (error instanceof SyntaxError) return new AppError('VALIDATION_FAILED', { cause: error, detail: 'malformed JSON body' });
  if (http.expose && http.status === 413) return new AppError('BODY_TOO_LARGE', { cause: error });
  if (http.expose && http.status && http.status >= 400 && http.status < 500) return new AppError('VALIDATION_FAILED', { cause: error });
  if (isDatabaseUnavailable(error)) return new AppError('DATABASE_UNAVAILABLE', { cause: error });
  return new AppError('INTERNAL', { cause: error });
}
