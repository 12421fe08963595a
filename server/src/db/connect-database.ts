import mongoose, { type Connection } from 'mongoose';

/**
 * How long a request waits for an unreachable database before it answers 503 (the driver's default is 30 s, longer
 * than a person waits on a phone, and long enough for piled-up requests to hold every socket).
 */
const SERVER_SELECTION_TIMEOUT_MS = 5_000;

/** The API's connection to its database. */
export function connectDatabase(uri: string): Promise<Connection> {
  return mongoose.createConnection(uri, { serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS }).asPromise();
}
