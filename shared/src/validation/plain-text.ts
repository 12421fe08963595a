import { z } from 'zod';

/**
 * Characters that are invisible or change how the text around them reads: C0 and C1 control characters, the
 * bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069) and marks (U+200E/F), and the
 * zero-width space, joiners, word joiner and byte-order mark (U+200B–200D, U+2060, U+FEFF). A name carrying them
 * can look like another person's (a right-to-left override turns 王小明 into what a reviewer does not see), and a
 * NUL breaks the PDF and the SMS. Refused rather than stripped, so what is stored is exactly what was typed.
 */
const hiddenInLine = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** The same, except line breaks and tabs, which notes and reasons may contain. */
const hiddenInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

export const HIDDEN_CHARACTERS_MESSAGE = '请不要输入看不见的控制字符或排版符号，请删掉后重新输入';

/**
 * The one schema for text a person types (names, places, reasons, notes): trimmed, and refused with a field message
 * when it carries hidden characters. `multiline` lets line breaks and tabs through. Add `.min`/`.max` after it.
 */
export function plainText({ multiline = false }: { multiline?: boolean } = {}) {
  const hidden = multiline ? hiddenInText : hiddenInLine;
  return z
    .string()
    .trim()
    .refine((text) => !hidden.test(text), HIDDEN_CHARACTERS_MESSAGE);
}
