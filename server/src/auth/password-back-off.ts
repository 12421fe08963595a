import type { Connection } from 'mongoose';
import { fieldCipherOf } from '../crypto/attach-field-cipher';
import { rateHitModel, takePlace } from '../security/rate-hit-model';
import { waitError } from '../security/wait-error';

const FREE_TRIES = 5;
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;
/** A wrong password is forgotten a day after it was sent (the background jobs delete it). */
const MEMORY_SECONDS = 24 * 3600;

/** After five wrong passwords each further try waits twice as long as the one before: 30 s, 1 min, 2 min … 15 min. */
export function backOffSeconds(wrongPasswords: number): number {
  if (wrongPasswords < FREE_TRIES) return 0;
  return Math.min(MAX_WAIT_SECONDS, FIRST_WAIT_SECONDS * 2 ** (wrongPasswords - FREE_TRIES));
}

/**
 * Wrong passwords counted per account AND address: a stranger who guesses a staff member's password slows down
 * only their own tries at that account, never the member's from elsewhere (the per-address limit across accounts
 * is `failedPasswordsFromAddress`). Every check takes a place in `rate_limit_hits` before the password is compared,
 * so of any number of racing tries exactly five are compared before the back-off starts; a right password clears
 * the places of its account and address.
 */
export function passwordBackOff(db: Connection, accountId: string, address: string) {
  const window = `password:${fieldCipherOf(db).lookupHash(`${accountId}|${address}`).slice(0, 22)}`;
  const hits = rateHitModel(db);
  return {
    /** Takes a place for one password check, or refuses with the wait left (TOO_MANY_ATTEMPTS, Retry-After). */
    async takeTry(): Promise<void> {
      // Racing tries aim at the same place number; a loser counts again and meets the back-off the winner started.
      for (let n = 1; ; n += 1) {
        const now = new Date();
        const [count, last] = await Promise.all([hits.countDocuments({ window }), hits.findOne({ window }).sort({ at: -1 }).lean()]);
        const waitMs = last ? last.at.getTime() + backOffSeconds(count) * 1000 - now.getTime() : 0;
        if (waitMs > 0) throw waitError('TOO_MANY_ATTEMPTS', waitMs / 1000, `${count} wrong passwords from this address`);
        n = Math.max(n, count + 1);
        if (await takePlace(db, window, n, new Date(now.getTime() + MEMORY_SECONDS * 1000), now)) return;
      }
    },
    async clear(): Promise<void> {
      await hits.deleteMany({ window });
    },
  };
}
