import mongoose, { type Connection } from 'mongoose';
import { attachFerretdbTables } from './attach-ferretdb-tables';

/**
 * How long a request waits for an unreachable database before it answers 503 (the driver's default is 30 s, longer
 * than a person waits on a phone, and long enough for piled-up requests to hold every socket).
 */
const SERVER_SELECTION_TIMEOUT_MS = 5_000;

/** The API's connection to its database; with `postgresqlUrl`, FerretDB's PostgreSQL is read for pages too (`findPage`). */
export async function connectDatabase(uri: string, postgresqlUrl?: string): Promise<Connection> {
  const db = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS }).asPromise();
  if (postgresqlUrl) attachFerretdbTables(db, postgresqlUrl);
  return db;
}
