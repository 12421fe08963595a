import type { Connection } from 'mongoose';
import { ferretdbTables, type FerretdbTables } from './ferretdb-tables';

const attached = new WeakMap<Connection, FerretdbTables>();

/**
 * Gives a connection to FerretDB the PostgreSQL under it (`POSTGRESQL_URL`, set by the launcher for the embedded
 * default), so `findPage` sorts, skips and counts there; closed with the connection.
 */
export function attachFerretdbTables(db: Connection, url: string): void {
  const tables = ferretdbTables(url);
  attached.set(db, tables);
  db.once('close', () => void tables.end());
}

/** The connection's PostgreSQL tables, if it is FerretDB on an embedded PostgreSQL the launcher named. */
export const ferretdbTablesOf = (db: Connection): FerretdbTables | undefined => attached.get(db);
