import type { ParameterizedContext } from 'koa';
import type { Connection } from 'mongoose';
import type { AppDeps } from '../app-deps';
import type { AppState } from '../http/app-state';
import { fieldCipherOf } from '../crypto/attach-field-cipher';
import { rateHitModel, takeNextPlace } from './rate-hit-model';
import { waitError } from './wait-error';
import { addressKey } from './address-key';
import { rateLimitsOf, type RateBucket } from './rate-limit-settings';

export type RateScope = 'account' | 'address';

interface Window {
  id: string;
  endsAt: Date;
}

/**
 * The window of a key that `now` falls in. Keys (phones, usernames, addresses) are stored as a keyed hash (the lookup
 * HMAC), so a copy of the database alone cannot try every phone number against them.
 */
function windowOf(db: Connection, bucket: RateBucket, scope: RateScope, key: string, windowSeconds: number, now: Date): Window {
  const start = Math.floor(now.getTime() / 1000 / windowSeconds) * windowSeconds;
  const hashed = fieldCipherOf(db).lookupHash(key).slice(0, 22);
  return { id: `${bucket}:${scope}:${hashed}:${start}`, endsAt: new Date((start + windowSeconds) * 1000) };
}

/** The requests counted in the window so far. */
const hitsIn = (db: Connection, window: Window) => rateHitModel(db).countDocuments({ window: window.id });

/** Counts one request as a place in the window; false when the window is full (a full window inserts nothing). */
async function countRequest(db: Connection, window: Window, max: number): Promise<boolean> {
  return (await takeNextPlace(db, window.id, max, window.endsAt)) !== null;
}

function refuse(code: 'TOO_MANY_REQUESTS' | 'TOO_MANY_ATTEMPTS', window: Window, now: Date, detail: string): never {
  throw waitError(code, (window.endsAt.getTime() - now.getTime()) / 1000, detail);
}

/**
 * Counts a request against its bucket, per address (the client IP, an IPv6 one by its /64; behind the production
 * proxy, from X-Forwarded-For) and per account when one is given; over either limit it is refused with 429
 * TOO_MANY_REQUESTS and a Retry-After header saying when the window ends.
 */
export async function consumeRateLimit(
  deps: Pick<AppDeps, 'db' | 'config'>,
  ctx: ParameterizedContext<AppState>,
  bucket: RateBucket,
  account?: string,
  now = new Date(),
): Promise<void> {
  const limits = rateLimitsOf(deps.config)[bucket];
  const seconds = deps.config.RATE_LIMIT_WINDOW_SECONDS;
  const checks: [RateScope, string, number][] = [['address', addressKey(ctx.ip), limits.address]];
  if (account !== undefined) checks.push(['account', account, limits.account]);
  for (const [scope, key, max] of checks) {
    const window = windowOf(deps.db, bucket, scope, key, seconds, now);
    if (!(await countRequest(deps.db, window, max))) refuse('TOO_MANY_REQUESTS', window, now, `${bucket} per ${scope} over ${max}`);
  }
}

/**
 * Wrong passwords per address, on top of the per-account back-off: an address that sent too many wrong passwords in
 * the window (to any usernames) is refused, even with a right one, until the window ends. Each password check takes a
 * place before it is compared, so racing checks cannot pass the limit; a right password hands its place back as a
 * credit (another window), which adds one place: so at most `max` wrong passwords are compared per window.
 */
export function failedPasswordsFromAddress(deps: Pick<AppDeps, 'db' | 'config'>, ctx: ParameterizedContext<AppState>, now = new Date()) {
  const max = rateLimitsOf(deps.config).failedPassword.address;
  const window = windowOf(deps.db, 'failedPassword', 'address', addressKey(ctx.ip), deps.config.RATE_LIMIT_WINDOW_SECONDS, now);
  const credits: Window = { ...window, id: `${window.id}:rightPasswords` };
  return {
    async takeTry(): Promise<void> {
      const rightPasswords = await hitsIn(deps.db, credits);
      if (!(await countRequest(deps.db, window, max + rightPasswords))) refuse('TOO_MANY_ATTEMPTS', window, now, `wrong passwords from address over ${max}`);
    },
    async succeeded(): Promise<void> {
      await countRequest(deps.db, credits, Infinity);
    },
  };
}

/** Background clean-up: hits of windows that have ended (FerretDB v1 has no TTL index). */
export async function deleteEndedRateWindows(db: Connection, now = new Date()): Promise<number> {
  const { deletedCount } = await rateHitModel(db).deleteMany({ windowEndsAt: { $lte: now } });
  return deletedCount;
}
