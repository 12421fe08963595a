import { z } from 'zod';
import { AppError } from '../errors/app-error';

/** What a client sends as `Idempotency-Key`: a UUID or any 8–128 letters, digits, `_` and `-`. */
export const idempotencyKeySchema = z.string().regex(/^[\w-]{8,128}$/);

/**
 * Whether a route takes an `Idempotency-Key` header, so that a write a weak network repeats applies once: a
 * submission cannot be told apart from a second one without it (`required`); a case step or a publication is also
 * recognised by what it changes, and the key only makes the repeat answer with the first result (`optional`).
 */
export type IdempotencyKeyUse = 'required' | 'optional';

/** The request's key, or null when the route takes none or an optional one was not sent. */
export function readIdempotencyKey(use: IdempotencyKeyUse | undefined, header: string): string | null {
  if (!use) return null;
  const key = idempotencyKeySchema.safeParse(header);
  if (key.success) return key.data;
  if (use === 'required') throw new AppError('IDEMPOTENCY_KEY_REQUIRED');
  if (!header) return null;
  throw new AppError('VALIDATION_FAILED', { fields: { 'headers.idempotency-key': '请求编号应为8到128位字母、数字、下划线或连字符' } });
}
