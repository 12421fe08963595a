import { createApp } from '../../server/src/app';
import { createLogSmsSender } from '../../server/src/sms/sms-sender';
import { loadConfig } from '../../server/src/config';
import { attachFieldCipher } from '../../server/src/crypto/attach-field-cipher';
import { configuredFieldCipher } from '../../server/src/crypto/field-keys';
import { createLogger } from '../../server/src/logger';
import { connectDatabase } from '../../server/src/db/connect-database';

/**
 * The API as a replica runs it (`createApp`, JSON logs at the configured level, no background jobs), in a
 * process of its own so the load generator does not share its event loop. Tells its parent the port over IPC
 * and stops when the parent goes away.
 */
const config = loadConfig(process.env);
const logger = createLogger(config.LOG_LEVEL);
const db = await connectDatabase(config.MONGODB_URI, config.POSTGRESQL_URL);
attachFieldCipher(db, configuredFieldCipher(config));
const app = createApp({ config, logger, db, sms: createLogSmsSender(logger) });
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send!({ port: typeof address === 'object' && address ? address.port : 0 });
});
process.once('disconnect', () => {
  server.closeAllConnections();
  server.close(() => void db.close().then(() => process.exit(0)));
});
