import type { HydratedDocument, Model } from 'mongoose';
import { isDuplicateKey } from './is-duplicate-key';

/**
 * Inserts a document whose unique key (its `_id`, or a unique index) names the thing it claims: a case step, a
 * reference number, a notification, a signature. Returns the document when this call inserted it, null when one
 * with the same key was already there, so of racing requests and instances exactly one gets it, and a repeated
 * request finds the first one's. This is the compare-and-set of every "only one may" in the server, because the
 * unique insert is the one atomic guard FerretDB v1 gives (see ARCHITECTURE "The storage seam").
 */
export async function insertOnce<T>(model: Model<T>, doc: Partial<T>): Promise<HydratedDocument<T> | null> {
  try {
    return (await model.create(doc)) as HydratedDocument<T>;
  } catch (error) {
    if (isDuplicateKey(error)) return null;
    throw error;
  }
}
