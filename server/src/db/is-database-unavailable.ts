import mongoose from 'mongoose';
import pg from 'pg';

const { mongo } = mongoose;

/** Driver errors that mean the database could not be reached or is going away, not that the request was wrong. */
const unreachable = [
  mongo.MongoNetworkError, // and its subclasses: MongoNetworkTimeoutError, MongoPoolClearedError, PoolClearedOnNetworkError
  mongo.MongoServerSelectionError,
  mongo.MongoNotConnectedError,
  mongo.MongoTopologyClosedError,
  mongo.MongoServerClosedError,
  mongo.MongoOperationTimeoutError,
];

/** Errors the pool and the wait queue raise by name only (the driver does not export their classes). */
const unreachableNames = new Set(['MongoPoolClosedError', 'MongoWaitQueueTimeoutError', 'MongooseServerSelectionError']);

/**
 * Socket errors the driver sometimes lets through unwrapped (a write to a socket the database just closed throws a
 * plain EPIPE from `Connection.writeCommand`); the API opens no other sockets a request waits on.
 */
const socketCodes = new Set(['EPIPE', 'ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT']);

/** Labels the driver puts on errors worth retrying once the database is back. */
const transientLabels = ['RetryableWriteError', 'ResetPool', 'SystemOverloadedError', 'TransientTransactionError'];

/**
 * Server codes for a database shutting down, stepping down or overloaded (MongoDB's error_codes.yml): 6
 * HostUnreachable, 7 HostNotFound, 89 NetworkTimeout, 91 ShutdownInProgress, 189 PrimarySteppedDown, 262
 * ExceededTimeLimit, 9001 SocketException, 10107 NotWritablePrimary, 11600 InterruptedAtShutdown, 11602
 * InterruptedDueToReplStateChange, 13435 NotPrimaryNoSecondaryOk, 13436 NotPrimaryOrSecondary.
 */
const transientCodes = new Set([6, 7, 89, 91, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);

/**
 * FerretDB answers InternalError (code 1) with its storage's own words when that storage is away or busy. This is
 * what slipped through as a 500 in the crash test: PostgreSQL killed under load gives `terminating connection due
 * to unexpected postmaster exit (SQLSTATE 57P01)` and, until it is back, `failed to connect to ...`; SQLite refuses a
 * write while another holds the file (SQLITE_BUSY) and rolls it back. SQLSTATE classes 08 (connection), 53
 * (insufficient resources: too many connections) and 57P01-57P03 (shutting down, cannot connect now).
 */
const storageUnavailable = /SQLSTATE (08|53|57P0[123])|failed to connect to|SQLITE_BUSY|database is locked/;

/**
 * True when an error says the database is down or busy rather than that the request was wrong: the request had no
 * effect it cannot repeat, and the client should try again later (503 with Retry-After). The one place that reads
 * driver error classes, so services never do.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (unreachable.some((type) => error instanceof type) || unreachableNames.has(error.name)) return true;
  if (socketCodes.has(String((error as NodeJS.ErrnoException).code))) return true;
  // Mongoose queues operations while disconnected and gives up after bufferTimeoutMS with a plain MongooseError.
  if (error instanceof mongoose.Error && /buffering timed out/.test(error.message)) return true;
  if (error instanceof mongo.MongoError) {
    if (transientLabels.some((label) => (error as InstanceType<typeof mongo.MongoError>).hasErrorLabel(label))) return true;
    if (typeof error.code === 'number' && transientCodes.has(error.code)) return true;
  }
  if (error instanceof mongo.MongoServerError) return storageUnavailable.test(error.message);
  // The same SQLSTATEs from PostgreSQL itself, when a page is read there (`ferretdbTables`).
  return error instanceof pg.DatabaseError && storageUnavailable.test(`SQLSTATE ${error.code}`);
}
