import type { Model } from 'mongoose';
import { ferretdbTablesOf } from './attach-ferretdb-tables';
import type { TopLevelFilter, TopLevelSort } from './ferretdb-tables';
import { openedDocument, storedFilterOf } from '../crypto/sealed-fields';

export interface Page<T> {
  docs: T[];
  total: number;
}

/**
 * One page of a collection and how many match, filtered by top-level equalities and sorted by top-level fields: on
 * MongoDB read off the model's index (`find().sort().skip().limit()` and `countDocuments`); on FerretDB over the
 * embedded PostgreSQL the page and the count come from PostgreSQL (`ferretdbTables`), because FerretDB would decode
 * every matching document to sort and count them. Documents come as a lean read gives them, sealed fields opened. The
 * model should declare an index on the filter's first field followed by the sort, which serves both.
 */
export async function findPage<T>(model: Model<T>, filter: TopLevelFilter, sort: TopLevelSort, skip: number, limit: number): Promise<Page<T>> {
  const tables = ferretdbTablesOf(model.db);
  if (!tables) {
    const [docs, total] = await Promise.all([model.find(filter).sort(sort).skip(skip).limit(limit).lean<T[]>(), model.countDocuments(filter)]);
    return { docs, total };
  }
  // As stored: a sealed enum (the programme) is matched by its token, as the models' filters are.
  const stored = storedFilterOf(model, filter) as TopLevelFilter;
  const [docs, total] = await Promise.all([
    tables.page(model.db.name, model.collection.collectionName, stored, sort, skip, limit),
    tables.count(model.db.name, model.collection.collectionName, stored, sort),
  ]);
  return { docs: docs.map((doc) => openedDocument(model, doc) as T), total };
}
