import type { Model } from 'mongoose';
import { ferretdbTablesOf } from './attach-ferretdb-tables';
import type { TopLevelFilter, TopLevelSort } from './ferretdb-tables';
import { storedFilterOf } from '../crypto/sealed-fields';

export interface Page<T> {
  docs: T[];
  total: number;
}

/**
 * One page of a collection and how many match, filtered by top-level equalities and sorted by top-level fields: on
 * MongoDB read off the model's index (`find().sort().skip().limit()` and `countDocuments`); on FerretDB over the
 * embedded PostgreSQL the page's `_id`s and the count come from PostgreSQL (`ferretdbTables`), and its documents
 * from FerretDB by `_id`, one look-up each, which it answers from an index. The model should declare an index on the
 * filter's equality fields followed by the sort, which serves both.
 */
export async function findPage<T>(model: Model<T>, filter: TopLevelFilter, sort: TopLevelSort, skip: number, limit: number): Promise<Page<T>> {
  const tables = ferretdbTablesOf(model.db);
  if (!tables) {
    const [docs, total] = await Promise.all([model.find(filter).sort(sort).skip(skip).limit(limit).lean<T[]>(), model.countDocuments(filter)]);
    return { docs, total };
  }
  // As stored: a sealed enum (the programme) is matched by its token, as the models' filters are.
  const stored = storedFilterOf(model, filter) as TopLevelFilter;
  const [ids, total] = await Promise.all([
    tables.pageIds(model.db.name, model.collection.collectionName, stored, sort, skip, limit),
    tables.count(model.db.name, model.collection.collectionName, stored, sort),
  ]);
  const docs = await Promise.all(ids.map((id) => model.findById(id).lean<T>()));
  // A document deleted or changed out of the filter between the two reads is left out of the page.
  return { docs: docs.filter((doc) => doc !== null && matches(doc as Record<string, unknown>, filter)) as T[], total };
}

function matches(doc: Record<string, unknown>, filter: TopLevelFilter): boolean {
  return Object.entries(filter).every(([field, condition]) => (typeof condition === 'object' ? condition.$in.includes(doc[field] as never) : doc[field] === condition));
}
