/**
 * An agreement's 防伪码: 8 characters a grandmother or a teacher can read off the paper and type, printed beside
 * the full SHA-256 content hash (完整校验值) that those who check the seal compare. Derived from the hash by the
 * server (agreements/claim-check-code.ts), which also keeps two agreements from sharing one.
 */

/** Capital letters and digits without those read alike: no 0/O, 1/I/L. */
export const checkCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const checkCodeLength = 8;

/** K7PX3MQ9 → K7PX-3MQ9: grouped 4 + 4, as it is printed and shown. */
export const formatCheckCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

const fullHashPattern = /^[0-9a-f]{64}$/;

/** What a person typed to check a paper copy: the 防伪码 (any case, with or without the dash or spaces) or the full hash. */
export type TypedCheck = { checkCode: string } | { contentHash: string };

/**
 * Reads what was typed; null when it is neither form, with the reason in `checkCodeProblem`. Look-alikes are not
 * guessed at: the alphabet has none of 0, O, 1, I, L, so a typed one is a misreading the person should see.
 */
export function parseTypedCheck(typed: string): TypedCheck | null {
  const compact = typed.replace(/[\s\-－—]/g, '');
  if (fullHashPattern.test(compact.toLowerCase())) return { contentHash: compact.toLowerCase() };
  const code = compact.toUpperCase();
  if (code.length !== checkCodeLength || [...code].some((char) => !checkCodeAlphabet.includes(char))) return null;
  return { checkCode: code };
}

/** Why a typed 防伪码 cannot be one, in the words of the verification page. */
export function checkCodeProblem(typed: string): string {
  const code = typed.replace(/[\s\-－—]/g, '').toUpperCase();
  if (/[01OIL]/.test(code)) return '防伪码里没有数字0、1，也没有字母O、I、L，请对着纸上的再看一看（可能是别的字母或数字）';
  return '防伪码是8位字母和数字，例如 K7PX-3MQ9，请照纸上印的抄全';
}
