import type { Logger } from 'pino';

/** Sends a text message. Production plugs a carrier's SMS gateway in here. */
export interface SmsSender {
  send(phone: string, text: string, meta: { code: string }): Promise<void>;
}

/**
 * Development and test sender: the code goes to the server log and nowhere else,
 * never into an API response.
 */
export function createLogSmsSender(logger: Logger): SmsSender {
  return {
    async send(phone, text, meta) {
      logger.info({ sms: { phone, text, code: meta.code } }, 'sms sent (development log sender)');
    },
  };
}
