import { randomInt } from 'node:crypto';

/** Capital letters and digits without the pairs read alike (0/O, 1/I), so a code can be typed from a paper or an SMS. */
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A random code of `length` characters from the alphabet above (5 bits each). */
export function randomCode(length: number): string {
  return Array.from({ length }, () => codeAlphabet[randomInt(codeAlphabet.length)]).join('');
}
