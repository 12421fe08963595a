import { launchDatabase } from '../src/db/launch-database';

/** `npm run db`: starts the project's database server and keeps it running until Ctrl-C. */
const database = await launchDatabase();
console.log(`${database.kind} is listening: ${database.uri}`);
console.log('Stop with Ctrl-C.');
const stop = async () => {
  await database.stop();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
