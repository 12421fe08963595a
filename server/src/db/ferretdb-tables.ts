import pg from 'pg';

type Scalar = string | number | boolean;

/** Top-level fields by equality or `$in`: what both a MongoDB index and a PostgreSQL btree answer. */
export type TopLevelFilter = Record<string, Scalar | { $in: readonly Scalar[] }>;
export type TopLevelSort = Record<string, 1 | -1>;

export interface FerretdbTables {
  /** The `_id`s of one page of matching documents, in `sort` order and then by `_id`. */
  pageIds(database: string, collection: string, filter: TopLevelFilter, sort: TopLevelSort, skip: number, limit: number): Promise<string[]>;
  count(database: string, collection: string, filter: TopLevelFilter): Promise<number>;
  /** PostgreSQL's plan of the page query (EXPLAIN, FORMAT JSON), for the benchmark. */
  explainPage(database: string, collection: string, filter: TopLevelFilter, sort: TopLevelSort, limit: number): Promise<unknown>;
  end(): Promise<void>;
}

/** FerretDB's metadata table in each database's schema: one row per collection, naming its table. */
const METADATA_TABLE = '_ferretdb_database_metadata';
/** PostgreSQL's undefined_table: no collection yet, or one dropped and created again under a new table name. */
const UNDEFINED_TABLE = '42P01';
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Reads FerretDB v1.24's own PostgreSQL tables with SQL, for the one thing FerretDB cannot do fast: it sorts, skips
 * and counts in Go after decoding every matching document, so a county officer's page of 20 cost all 15,000 of
 * their open cases. Here PostgreSQL answers the page and the count from the btree FerretDB built for the model's
 * index (`_jsonb -> 'field'`), decoding nothing; the caller then reads the page's documents through FerretDB by `_id`.
 * FerretDB stores a document as `_jsonb` in its sjson form, in which strings, numbers and booleans are plain JSON
 * (a date is its milliseconds) and a document's `_id` is its string (an ObjectId's hex), so equality and order on
 * those are PostgreSQL's jsonb equality and order. Tied to the FerretDB version the project builds (`FERRETDB_VERSION`).
 */
export function ferretdbTables(url: string): FerretdbTables {
  // A few connections: each query is an index read of a few milliseconds.
  const pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 5_000 });
  // A connection that dies idle (PostgreSQL restarted) is dropped by the pool; without a listener it would throw.
  pool.on('error', () => {});
  const tables = new Map<string, Promise<string | null>>();

  const tableOf = (database: string, collection: string): Promise<string | null> => {
    const key = `${database}.${collection}`;
    let table = tables.get(key);
    if (!table) {
      table = pool
        .query<{ table: string }>(`SELECT _jsonb->>'table' AS table FROM ${quoted(database)}.${METADATA_TABLE} WHERE _jsonb->>'_id' = $1`, [collection])
        .then(({ rows }) => rows[0]?.table ?? null, (error: unknown) => (codeOf(error) === UNDEFINED_TABLE ? null : Promise.reject(error)));
      tables.set(key, table);
      // A collection not there yet is looked up again next time.
      void table.then((name) => name ?? tables.delete(key), () => tables.delete(key));
    }
    return table;
  };

  /** Runs `sql` on the collection's table; a table FerretDB dropped and made again is looked up once more. */
  const onTable = async <R extends pg.QueryResultRow>(database: string, collection: string, sql: (table: string) => string, values: unknown[]): Promise<R[] | null> => {
    for (let attempt = 0; ; attempt++) {
      const table = await tableOf(database, collection);
      if (!table) return null;
      try {
        return (await pool.query<R>(sql(`${quoted(database)}.${quoted(table)}`), values)).rows;
      } catch (error) {
        if (codeOf(error) !== UNDEFINED_TABLE || attempt > 0) throw error;
        tables.delete(`${database}.${collection}`);
      }
    }
  };

  const pageSql = (filter: TopLevelFilter, sort: TopLevelSort, skip: number, limit: number) => {
    const { where, values } = whereOf(filter);
    // Ascending, as the btree is built, so PostgreSQL reads the page off the index in order; `_id` breaks ties so pages never overlap.
    const order = [...Object.entries(sort).map(([field, direction]) => `${fieldOf(field)}${direction === -1 ? ' DESC' : ''}`), fieldOf('_id')];
    return { sql: (table: string) => `SELECT _jsonb->>'_id' AS id FROM ${table} WHERE ${where} ORDER BY ${order.join(', ')} LIMIT ${limit} OFFSET ${skip}`, values };
  };

  return {
    async pageIds(database, collection, filter, sort, skip, limit) {
      const { sql, values } = pageSql(filter, sort, checkedCount(skip), checkedCount(limit));
      const rows = await onTable<{ id: string }>(database, collection, sql, values);
      return (rows ?? []).map((row) => row.id);
    },
    async count(database, collection, filter) {
      const { where, values } = whereOf(filter);
      const rows = await onTable<{ n: string }>(database, collection, (table) => `SELECT count(*) AS n FROM ${table} WHERE ${where}`, values);
      return Number(rows?.[0]?.n ?? 0);
    },
    async explainPage(database, collection, filter, sort, limit) {
      const { sql, values } = pageSql(filter, sort, 0, checkedCount(limit));
      const rows = await onTable<{ 'QUERY PLAN': unknown }>(database, collection, (table) => `EXPLAIN (FORMAT JSON) ${sql(table)}`, values);
      return rows?.[0]?.['QUERY PLAN'] ?? null;
    },
    end: () => pool.end(),
  };
}

/** `_jsonb -> 'field'`, for a top-level field named plainly (no dots, no operators). */
function fieldOf(field: string): string {
  if (!FIELD.test(field)) throw new Error(`ferretdbTables reads top-level fields only, not ${field}`);
  return `(_jsonb -> '${field}')`;
}

function whereOf(filter: TopLevelFilter): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const conditions = Object.entries(filter).map(([field, condition]) => {
    if (typeof condition === 'object') {
      values.push(condition.$in.map((value) => JSON.stringify(scalar(value))));
      return `${fieldOf(field)} = ANY($${values.length}::jsonb[])`;
    }
    values.push(JSON.stringify(scalar(condition)));
    return `${fieldOf(field)} = $${values.length}::jsonb`;
  });
  return { where: conditions.join(' AND ') || 'true', values };
}

function scalar(value: unknown): Scalar {
  if (typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw new Error(`ferretdbTables compares strings, numbers and booleans only, not ${String(value)}`);
}

function checkedCount(value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`not a row count: ${value}`);
  return value;
}

/** An identifier as PostgreSQL quotes it: FerretDB names schemas after databases and tables after collections. */
const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

const codeOf = (error: unknown): unknown => (error as { code?: unknown } | null)?.code;
