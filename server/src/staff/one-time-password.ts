import { createHmac, randomBytes } from 'node:crypto';
import type { AppDeps } from '../app-deps';

const letters = 'abcdefghjkmnpqrstuvwxyz';
const digits = '23456789';

/** Six letters and four digits without look-alikes (no i, l, o, 0, 1), easy to read out over the phone. */
function spell(bytes: Buffer): string {
  const pick = (alphabet: string, byte: number) => alphabet[byte % alphabet.length];
  return [...bytes.subarray(0, 6)].map((byte) => pick(letters, byte)).join('') + [...bytes.subarray(6, 10)].map((byte) => pick(digits, byte)).join('');
}

/**
 * A password an administrator hands over once; its holder must replace it at first sign-in. Random for one account
 * made or reset in the app.
 */
export function oneTimePassword(): string {
  return spell(randomBytes(10));
}

/**
 * The one-time password of an account a roster import made: derived from the import and the user name under the
 * server secret, so the same file sent again (its first answer lost on a weak network) shows the same passwords
 * without any password being stored. Whoever holds the secret can sign tokens anyway, so this adds no new key.
 */
export function importedPassword(deps: AppDeps, importId: string, username: string): string {
  return spell(createHmac('sha256', deps.config.JWT_SECRET).update(`staff-import:${importId}:${username}`).digest());
}
