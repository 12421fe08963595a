import type { Logger } from 'pino';
import type { Config } from '../config';
import { createLogSmsSender, type SmsSender } from './sms-sender';
import { createTencentSmsSender } from './tencent-sms-sender';

/** The sender SMS_PROVIDER names: Tencent Cloud SMS, or the log (development and tests). */
export function configuredSmsSender(config: Config, logger: Logger): SmsSender {
  return config.SMS_PROVIDER === 'tencent' ? createTencentSmsSender(config, logger) : createLogSmsSender(logger);
}
