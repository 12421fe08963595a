import { AppError } from './app-error';

/** Mainland mobile numbers and 18-character resident ID numbers, where they stand alone in a text. */
const personalPatterns: [RegExp, string][] = [
  [/(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g, '[id-number]'],
  [/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, '[phone]'],
];

const scrub = (text: string) => personalPatterns.reduce((scrubbed, [pattern, mark]) => scrubbed.replace(pattern, mark), text);

/**
 * What the log keeps of an error: its name, code, stack frames and cause, never its other properties (a duplicate-key
 * error carries the values, a cast error the input). The message of an error the server did not write itself can
 * quote anything it was handed, a child's name included, which no pattern finds: in production it is dropped, and the
 * request id and frames lead to the place. Outside production, and for AppError details (written in this code), the
 * message stays with phone and ID numbers masked. Used as pino's `err` serializer (logger.ts).
 */
export function loggableError(error: unknown, production: boolean, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  const keepMessage = !production || error instanceof AppError;
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(keepMessage ? { message: scrub(error.message) } : {}),
    stack: (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).map((line) => scrub(line.trim())),
    ...(error.cause !== undefined && depth < 3 ? { cause: loggableError(error.cause, production, depth + 1) } : {}),
  };
}
