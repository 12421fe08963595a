import type { Model } from 'mongoose';
import { ferretdbTablesOf } from './attach-ferretdb-tables';
import { openedDocument } from '../crypto/sealed-fields';

/**
 * The documents with these `_id`s (an ObjectId as its hex), in no order, as a lean read gives them. On MongoDB one
 * `find({ _id: { $in } })`; on FerretDB over the embedded PostgreSQL one SQL query on FerretDB's `_id` index, since
 * FerretDB itself reads `$in` by decoding the whole collection and answers only a bare `{ _id }` from an index.
 */
export async function findByIds<T>(model: Model<T>, ids: readonly string[]): Promise<T[]> {
  const tables = ferretdbTablesOf(model.db);
  if (!tables) return model.find({ _id: { $in: ids } }).lean<T[]>();
  const docs = await tables.byIds(model.db.name, model.collection.collectionName, ids);
  return docs.map((doc) => openedDocument(model, doc) as T);
}
