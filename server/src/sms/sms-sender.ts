import type { Logger } from 'pino';
import { renderSms, type SmsParams, type SmsTemplateName } from './sms-templates';

/** Sends one approved template with its parameters. Production plugs a carrier's SMS gateway in here. */
export interface SmsSender {
  send<T extends SmsTemplateName>(phone: string, template: T, params: SmsParams<T>): Promise<void>;
}

/**
 * Development and test sender: the message goes to the server log and nowhere else, never into an API response.
 */
export function createLogSmsSender(logger: Logger): SmsSender {
  return {
    async send(phone, template, params) {
      logger.info({ sms: { phone, template, params, text: renderSms(template, params) } }, 'sms sent (development log sender)');
    },
  };
}
