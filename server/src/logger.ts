import pino, { type Logger } from 'pino';

export type { Logger };

/** JSON lines in production; readable lines in development, where a newcomer reads SMS codes from the log. */
export function createLogger(level: string, pretty = false): Logger {
  return pino({
    level,
    base: undefined,
    redact: ['req.headers.authorization', '*.password'],
    ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, ignore: 'time' } } } : {}),
  });
}
