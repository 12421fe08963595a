import pino, { type DestinationStream, type Logger } from 'pino';
import { loggableError } from './errors/loggable-error';

export type { Logger };

/** Credentials and bodies, wherever a log line carries a request or response: never written. */
const alwaysRedacted = ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.headers.authorization', '*.headers.cookie', 'req.body', '*.password'];
/** In production also any field named for a person's number (development log senders print them for a newcomer). */
const productionRedacted = ['*.phone', '*.residentId', '*.to', '*.text'];

export interface LoggerOptions {
  /** Readable lines in development, where a newcomer reads SMS codes from the log. */
  pretty?: boolean;
  /** Errors without their messages, and the personal fields above censored (docs/DEPLOY.md "Logs without personal data"). */
  production?: boolean;
  /** Where lines go (tests read them); standard output by default. */
  destination?: DestinationStream;
}

/** JSON lines, errors reduced to what may be kept (errors/loggable-error.ts). */
export function createLogger(level: string, { pretty = false, production = false, destination }: LoggerOptions = {}): Logger {
  const options = {
    level,
    base: undefined,
    redact: { paths: production ? [...alwaysRedacted, ...productionRedacted] : alwaysRedacted, censor: '[redacted]' },
    serializers: { err: (error: unknown) => loggableError(error, production) },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, ignore: 'time' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
