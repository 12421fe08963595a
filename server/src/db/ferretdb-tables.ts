import { createHash } from 'node:crypto';
import pg from 'pg';
import { sjsonDocument } from './sjson-document';

type Scalar = string | number | boolean;

/** Top-level fields by equality or `$in`: what both a MongoDB index and a PostgreSQL btree answer. */
export type TopLevelFilter = Record<string, Scalar | { $in: readonly Scalar[] }>;
export type TopLevelSort = Record<string, 1 | -1>;

export interface FerretdbTables {
  /** One page of matching documents as the driver reads them, in `sort` order and then by `_id`. */
  page(database: string, collection: string, filter: TopLevelFilter, sort: TopLevelSort, skip: number, limit: number): Promise<Record<string, unknown>[]>;
  /** The documents with these `_id`s (strings, an ObjectId's hex), by FerretDB's own `_id` index, in no order. */
  byIds(database: string, collection: string, ids: readonly string[]): Promise<Record<string, unknown>[]>;
  /** How many match; `sort` is the page's, so that one set of columns and one index serve both. */
  count(database: string, collection: string, filter: TopLevelFilter, sort: TopLevelSort): Promise<number>;
  /** PostgreSQL's plan of the page query (EXPLAIN, FORMAT JSON), for the benchmark. */
  explainPage(database: string, collection: string, filter: TopLevelFilter, sort: TopLevelSort, limit: number): Promise<unknown>;
  end(): Promise<void>;
}

/** FerretDB's metadata table in each database's schema: one row per collection, naming its table. */
const METADATA_TABLE = '_ferretdb_database_metadata';
/**
 * PostgreSQL's undefined_table and undefined_column: no collection yet, or one dropped and made again under the same
 * name without the columns added here.
 */
const TABLE_CHANGED = new Set(['42P01', '42703']);
const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

type Stored = { _jsonb: Record<string, unknown> };
/** A btree on `keys`, carrying `included` for filtering without the table. */
type PageIndex = { keys: string[]; included: string[] };

/**
 * Reads FerretDB v1.24's own PostgreSQL tables with SQL, for the one thing FerretDB cannot do fast: it sorts, skips
 * and counts in Go after decoding every matching document, so a county officer's page of 20 cost all 15,000 of
 * their open cases. FerretDB keeps a document as one `_jsonb` value in its sjson form, in which strings, numbers and
 * booleans are plain JSON (a date is its milliseconds, an ObjectId its hex string), so equality and order on them are
 * jsonb's. A case is several kilobytes with its sealed fields, stored compressed out of line (TOAST), and PostgreSQL
 * unpacks the whole value for every `_jsonb -> 'field'` it evaluates: 0.1–0.2 ms a row, as slow as FerretDB's own
 * decoding. So each field a page filters or sorts on is copied into a small generated column of the table
 * (`ccs_<field>`, `GENERATED ALWAYS AS (_jsonb -> 'field') STORED`, which FerretDB's inserts and updates, naming
 * `_jsonb` only, keep current in the same statement), with a btree on the first filter field, the sort and `_id`,
 * carrying the other filter fields: the page's `_id`s and the count then come from the index alone. Added the first time a page of the collection is
 * read (a table rewrite, once). The page's documents come in the same query, read from sjson (`sjsonDocument`).
 */
export function ferretdbTables(url: string): FerretdbTables {
  // A few connections: each query is an index read of a few milliseconds.
  const pool = new pg.Pool({ connectionString: url, max: 4, idleTimeoutMillis: 5_000 });
  // A connection that dies idle (PostgreSQL restarted) is dropped by the pool; without a listener it would throw.
  pool.on('error', () => {});
  /** Per `<database>.<collection>`: its table, once the columns of the fields asked for are there. */
  const ready = new Map<string, Promise<string | null>>();

  /** The collection's table with a column for each of `fields` and the btree `index`, or null when there is no collection yet. */
  const tableFor = (database: string, collection: string, fields: string[], index: PageIndex | null): Promise<string | null> => {
    const key = `${database}.${collection}:${fields.join(',')}:${index ? `${index.keys.join(',')}+${index.included.join(',')}` : ''}`;
    let table = ready.get(key);
    if (!table) {
      table = prepareTable(pool, database, collection, fields, index);
      ready.set(key, table);
      // A collection not there yet is looked up again next time.
      void table.then((name) => name ?? ready.delete(key), () => ready.delete(key));
    }
    return table;
  };

  /** Runs `sql` on the collection's table; a table FerretDB dropped and made again is prepared once more. */
  const onTable = async <R extends pg.QueryResultRow>(database: string, collection: string, fields: string[], index: PageIndex | null, sql: (table: string) => string, values: unknown[]): Promise<R[] | null> => {
    for (let attempt = 0; ; attempt++) {
      const table = await tableFor(database, collection, fields, index);
      if (!table) return null;
      try {
        return (await pool.query<R>(sql(`${quoted(database)}.${quoted(table)}`), values)).rows;
      } catch (error) {
        if (!TABLE_CHANGED.has(String(codeOf(error))) || attempt > 0) throw error;
        for (const key of ready.keys()) if (key.startsWith(`${database}.${collection}:`)) ready.delete(key);
      }
    }
  };

  const read = <R extends pg.QueryResultRow>(database: string, collection: string, filter: TopLevelFilter, sort: TopLevelSort, sql: (table: string, where: string) => string) => {
    const { where, values } = whereOf(filter);
    const fields = [...new Set(['_id', ...Object.keys(filter), ...Object.keys(sort)])].sort();
    // The first filter field (the post), the sort and `_id`, with the other filter fields alongside: the page's
    // `_id`s and the count are read from the index alone (an index-only scan), in order.
    const keys = [...new Set([...Object.keys(filter).slice(0, 1), ...Object.keys(sort), '_id'])];
    const index = { keys, included: Object.keys(filter).filter((field) => !keys.includes(field)).sort() };
    return onTable<R>(database, collection, fields, index, (table) => sql(table, where), values);
  };

  const pageSql = (table: string, where: string, sort: TopLevelSort, skip: number, limit: number) => {
    // `_id` breaks ties, so pages never overlap.
    const order = [...Object.entries(sort).map(([field, direction]) => `${columnOf(field)}${direction === -1 ? ' DESC' : ''}`), columnOf('_id')].join(', ');
    // The page's `_id`s from the index, then their documents by FerretDB's `_id` index: `_jsonb` is unpacked for
    // the rows of the page only.
    const ids = `SELECT ${columnOf('_id')} FROM ${table} WHERE ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${skip}`;
    return `SELECT _jsonb FROM ${table} WHERE (${expressionOf('_id')}) = ANY(ARRAY(${ids})) ORDER BY ${order}`;
  };

  return {
    async page(database, collection, filter, sort, skip, limit) {
      const rows = await read<Stored>(database, collection, filter, sort, (table, where) => pageSql(table, where, sort, checkedCount(skip), checkedCount(limit)));
      return (rows ?? []).map((row) => sjsonDocument(row._jsonb));
    },
    async byIds(database, collection, ids) {
      if (ids.length === 0) return [];
      const rows = await onTable<Stored>(database, collection, [], null, (table) => `SELECT _jsonb FROM ${table} WHERE (${expressionOf('_id')}) = ANY($1::jsonb[])`, [ids.map((id) => JSON.stringify(id))]);
      return (rows ?? []).map((row) => sjsonDocument(row._jsonb));
    },
    async count(database, collection, filter, sort) {
      const rows = await read<{ n: string }>(database, collection, filter, sort, (table, where) => `SELECT count(*) AS n FROM ${table} WHERE ${where}`);
      return Number(rows?.[0]?.n ?? 0);
    },
    async explainPage(database, collection, filter, sort, limit) {
      const rows = await read<{ 'QUERY PLAN': unknown }>(database, collection, filter, sort, (table, where) => `EXPLAIN (FORMAT JSON) ${pageSql(table, where, sort, 0, checkedCount(limit))}`);
      return rows?.[0]?.['QUERY PLAN'] ?? null;
    },
    end: () => pool.end(),
  };
}

/**
 * Finds the collection's table in FerretDB's metadata and adds what is missing: the generated columns (all in one
 * `ALTER TABLE`, one rewrite) and the btree. Serialised per table by an advisory lock, as several API processes may
 * read their first page at once.
 */
async function prepareTable(pool: pg.Pool, database: string, collection: string, fields: string[], index: PageIndex | null): Promise<string | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const found = await client
      .query<{ table: string }>(`SELECT _jsonb->>'table' AS table FROM ${quoted(database)}.${METADATA_TABLE} WHERE _jsonb->>'_id' = $1`, [collection])
      .catch((error: unknown) => (TABLE_CHANGED.has(String(codeOf(error))) ? { rows: [] } : Promise.reject(error)));
    const table = found.rows[0]?.table;
    if (!table) {
      await client.query('ROLLBACK');
      return null;
    }
    const qualified = `${quoted(database)}.${quoted(table)}`;
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [qualified]);
    const { rows } = await client.query<{ name: string }>('SELECT attname AS name FROM pg_attribute WHERE attrelid = $1::regclass AND NOT attisdropped', [qualified]);
    const existing = new Set(rows.map((row) => row.name));
    const missing = fields.filter((field) => !existing.has(`ccs_${field}`));
    if (missing.length > 0) {
      await client.query(`ALTER TABLE ${qualified} ${missing.map((field) => `ADD COLUMN IF NOT EXISTS ${columnOf(field)} jsonb GENERATED ALWAYS AS (${expressionOf(field)}) STORED`).join(', ')}`);
    }
    const name = index && `${table.slice(0, 40)}_ccs_${createHash('md5').update(`${index.keys.join(',')}+${index.included.join(',')}`).digest('hex').slice(0, 8)}`;
    const created = index && !(await client.query('SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = $2::regnamespace', [name, quoted(database)])).rowCount;
    if (index && created) {
      const included = index.included.length > 0 ? ` INCLUDE (${index.included.map(columnOf).join(', ')})` : '';
      await client.query(`CREATE INDEX IF NOT EXISTS ${quoted(name!)} ON ${qualified} (${index.keys.map(columnOf).join(', ')})${included}`);
    }
    await client.query('COMMIT');
    // Statistics for the new columns, so the planner reads the page off the index, and the visibility map an
    // index-only scan needs; both kept current by autovacuum from then on.
    if (missing.length > 0 || created) await client.query(`VACUUM (ANALYZE) ${qualified}`);
    return table;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/** The generated column that holds a top-level field. */
const columnOf = (field: string): string => quoted(`ccs_${checkedField(field)}`);
const expressionOf = (field: string): string => `_jsonb -> '${checkedField(field)}'`;

/** A top-level field named plainly (no dots, no operators), so it can be written into SQL as it is. */
function checkedField(field: string): string {
  if (!FIELD.test(field)) throw new Error(`ferretdbTables reads top-level fields only, not ${field}`);
  return field;
}

function whereOf(filter: TopLevelFilter): { where: string; values: unknown[] } {
  const values: unknown[] = [];
  const conditions = Object.entries(filter).map(([field, condition]) => {
    if (typeof condition === 'object') {
      values.push(condition.$in.map((value) => JSON.stringify(scalar(value))));
      return `${columnOf(field)} = ANY($${values.length}::jsonb[])`;
    }
    values.push(JSON.stringify(scalar(condition)));
    return `${columnOf(field)} = $${values.length}::jsonb`;
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
