import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Config } from './config';
import type { SmsSender } from './sms/sms-sender';
import type { Jobs } from './jobs/start-jobs';

/** Everything a request handler may use, built once by the caller of `createApp`. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Connection;
  sms: SmsSender;
  /** The background jobs this instance runs (`startJobs`), for the readiness check; set once they are started. */
  jobs?: Jobs;
}
