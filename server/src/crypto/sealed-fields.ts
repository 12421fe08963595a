import type { Connection, Document, Model, MongooseDefaultQueryMiddleware, Query, Schema } from 'mongoose';
import { fieldCipherOf } from './attach-field-cipher';
import { ENUM_VERSION, type FieldCipher } from './field-cipher';

/** One sensitive field of a collection. */
export interface SealedPath {
  /** Dotted path in the document; `*` steps into every element of an array. */
  path: string;
  /**
   * `text` a string, `json` any value (e.g. an application's facts), `bytes` a Buffer (photos, signatures), `enum`
   * one of `values` as a deterministic keyed token (a programme, a document kind: filters and `$pull` still match).
   */
  kind: 'text' | 'json' | 'bytes' | 'enum';
  /** For a top-level text field: a sibling written with its HMAC, for exact lookup (e.g. `residentIdHash`). */
  lookupHash?: string;
  /** The values an `enum` field may hold. */
  values?: readonly string[];
}

const sealedPathsBySchema = new WeakMap<Schema, readonly SealedPath[]>();

/** The sealed paths a model's schema declares (none when it has no sealed fields). */
export const sealedPathsOf = (schema: Schema): readonly SealedPath[] => sealedPathsBySchema.get(schema) ?? [];

type Raw = Record<string, unknown>;

/**
 * A mongoose plugin that keeps the listed fields encrypted in the database (AES-256-GCM, `field-cipher.ts`) and
 * plain in memory: documents and updates are sealed on the way in, documents (lean or not) opened on the way
 * out. Services keep working with plain values; a query may not filter on a sealed field (each encryption
 * differs), so exact lookups go through the `lookupHash` sibling instead.
 */
export function sealedFields(paths: readonly SealedPath[]) {
  return (schema: Schema): void => {
    const collection = schema.get('collection') as string;
    sealedPathsBySchema.set(schema, paths);
    const roots = new Set(paths.map((spec) => spec.path.split('.')[0]!));
    // As a filter names them: `children.residentId` matches inside the array.
    const fieldPaths = paths.map((spec) => spec.path.replaceAll('.*', ''));
    // The cipher is looked up only when a sealed value is there, so a connection without one can still count or
    // read other fields.
    const seal = (cipher: () => FieldCipher, fields: Raw) => transform(cipher, collection, paths, fields, 'seal');
    const open = (cipher: () => FieldCipher, fields: Raw) => transform(cipher, collection, paths, fields, 'open');

    schema.pre('save', function (this: Document) {
      const plain = this.toObject({ depopulate: true, virtuals: false, getters: false, transform: false }) as Raw;
      const sealed = seal(() => cipherOfDocument(this), pick(plain, roots));
      this.$locals.sealedPlain = pick(plain, roots);
      for (const [key, value] of Object.entries(sealed)) this.$set(key, value);
    });
    schema.post('save', function (this: Document) {
      // The caller goes on with the plain values it saved.
      for (const [key, value] of Object.entries(this.$locals.sealedPlain as Raw)) this.$set(key, value);
      this.$locals.sealedPlain = undefined;
    });
    schema.pre('init', function (this: Document, raw: Raw) {
      Object.assign(raw, open(() => cipherOfDocument(this), pick(raw, roots)));
    });

    const writes: MongooseDefaultQueryMiddleware[] = ['updateOne', 'updateMany', 'findOneAndUpdate', 'replaceOne', 'findOneAndReplace'];
    schema.pre(writes, function (this: Query<unknown, unknown>) {
      const update = this.getUpdate() as Raw | null;
      if (update) this.setUpdate(sealUpdate(update, roots, (fields) => seal(() => cipherOfQuery(this), fields), (root, element) => sealElement(cipherOfQuery(this), collection, paths, root, element)));
    });
    const filters: MongooseDefaultQueryMiddleware[] = [...writes, 'find', 'findOne', 'countDocuments', 'deleteOne', 'deleteMany', 'findOneAndDelete', 'distinct'];
    schema.pre(filters, function (this: Query<unknown, unknown>) {
      this.setQuery(sealFilter(this.getFilter(), collection, paths, fieldPaths, () => cipherOfQuery(this)) as Raw);
    });
    const reads: MongooseDefaultQueryMiddleware[] = ['find', 'findOne', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete'];
    schema.post(reads, function (this: Query<unknown, unknown>, result: unknown) {
      // Hydrated documents were opened by the init hook; lean results are plain objects opened here.
      if (!this.mongooseOptions().lean || !result) return;
      for (const doc of (Array.isArray(result) ? result : [result]) as Raw[]) Object.assign(doc, open(() => cipherOfQuery(this), pick(doc, roots)));
    });
  };
}

/** A stored document of the model with its sealed fields opened, as a lean read gives it, for a reader that does not go through mongoose (`findPage`). */
export function openedDocument<T>(model: Model<T>, stored: Raw): Raw {
  const paths = sealedPathsOf(model.schema);
  const roots = new Set(paths.map((spec) => spec.path.split('.')[0]!));
  return { ...stored, ...transform(() => fieldCipherOf(model.db), model.schema.get('collection') as string, paths, pick(stored, roots), 'open') };
}

/** A filter as the model's documents are stored, for a reader that does not go through mongoose (`findPage`). */
export function storedFilterOf<T>(model: Model<T>, filter: Raw): Raw {
  const paths = sealedPathsOf(model.schema);
  const fieldPaths = paths.map((spec) => spec.path.replaceAll('.*', ''));
  return sealFilter(filter, model.schema.get('collection') as string, paths, fieldPaths, () => fieldCipherOf(model.db)) as Raw;
}

const cipherOfQuery = (query: Query<unknown, unknown>): FieldCipher => fieldCipherOf((query.model as Model<unknown>).db as Connection);
const cipherOfDocument = (doc: Document): FieldCipher => fieldCipherOf((doc.constructor as Model<unknown>).db as Connection);

/** The top-level fields that hold sealed paths, as far as present. */
function pick(doc: Raw, roots: Set<string>): Raw {
  return Object.fromEntries([...roots].filter((key) => key in doc).map((key) => [key, doc[key]]));
}

/**
 * Seals or opens the given top-level fields (a document's, or a `$set`'s), returning new objects: the caller's
 * values are never changed in place. Sealing a text field with a lookup hash also writes the hash.
 */
function transform(cipher: () => FieldCipher, collection: string, paths: readonly SealedPath[], fields: Raw, direction: 'seal' | 'open'): Raw {
  const out: Raw = { ...fields };
  for (const spec of paths) {
    const [root, ...rest] = spec.path.split('.') as [string, ...string[]];
    if (!(root in out)) continue;
    const context = `${collection}.${spec.path}`;
    out[root] = mapAt(out[root], rest, (value) => (direction === 'seal' ? sealValue(cipher(), spec, context, value) : openValue(cipher(), spec, context, value)));
    if (direction === 'seal' && spec.lookupHash) {
      const value = fields[root];
      out[spec.lookupHash] = typeof value === 'string' ? cipher().lookupHash(value) : null;
    }
  }
  return out;
}

export function mapAt(value: unknown, segments: string[], fn: (leaf: unknown) => unknown): unknown {
  if (value === null || value === undefined) return value;
  const [head, ...rest] = segments;
  if (head === undefined) return fn(value);
  if (head === '*') return Array.isArray(value) ? value.map((item) => mapAt(item, rest, fn)) : value;
  if (typeof value !== 'object' || !(head in value)) return value;
  return { ...(value as Raw), [head]: mapAt((value as Raw)[head], rest, fn) };
}

export function sealValue(cipher: FieldCipher, spec: SealedPath, context: string, value: unknown): string | Buffer {
  if (spec.kind === 'bytes') return cipher.encryptBytes(toBuffer(value), context);
  if (spec.kind === 'enum') {
    if (typeof value !== 'string' || !spec.values?.includes(value)) throw new Error(`${context} must be one of its values`);
    return cipher.enumToken(value, context);
  }
  if (spec.kind === 'json') return cipher.encryptText(JSON.stringify(value), context);
  if (typeof value !== 'string') throw new Error(`${context} must be a string`);
  return cipher.encryptText(value, context);
}

/** The key id of an `enum` token, or null when the value is not one. */
export const enumKeyIdOf = (value: unknown): string | null =>
  typeof value === 'string' && value.startsWith(`${ENUM_VERSION}:`) ? (value.split(':')[1] ?? null) : null;

/** The value of the set whose token this is (under the key it names). */
export function openEnum(cipher: FieldCipher, spec: SealedPath, context: string, token: string): string {
  const kid = enumKeyIdOf(token)!;
  const value = spec.values?.find((candidate) => cipher.enumToken(candidate, context, kid) === token);
  if (value === undefined) throw new Error(`${context} holds a token of no known value`);
  return value;
}

function openValue(cipher: FieldCipher, spec: SealedPath, context: string, value: unknown): unknown {
  if (spec.kind === 'bytes') return cipher.decryptBytes(toBuffer(value), context);
  if (spec.kind === 'enum') {
    if (!enumKeyIdOf(value)) throw new Error(`${context} is stored unencrypted: run the re-encryption command (docs/privacy.md "Key rotation")`);
    return openEnum(cipher, spec, context, value as string);
  }
  if (typeof value !== 'string' || !cipher.keyIdOf(value)) {
    throw new Error(`${context} is stored unencrypted: run the re-encryption command (docs/privacy.md "Key rotation")`);
  }
  const text = cipher.decryptText(value, context);
  return spec.kind === 'json' ? JSON.parse(text) : text;
}

/** Buffers come back from lean reads as BSON Binary. */
export function toBuffer(value: unknown): Buffer {
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const bytes = (value as { value(): Uint8Array }).value();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const operatorsThatSet = ['$set', '$setOnInsert'];
const elementOperators = ['$push', '$pull'];

/**
 * Seals what an update writes: `$set`, `$setOnInsert` and plain keys (an implicit `$set`, or a replacement).
 * Sealed fields are written whole, never in part (a dotted path into them); an array whose sealed paths are all
 * inside its elements (`documents.*.kind`) takes a whole element by `$push` or `$pull`, sealed like the array.
 */
function sealUpdate(update: Raw, roots: Set<string>, seal: (fields: Raw) => Raw, sealElement: (root: string, element: unknown) => unknown): Raw {
  const out: Raw = {};
  const plain: Raw = {};
  for (const [key, value] of Object.entries(update)) {
    if (!key.startsWith('$')) {
      plain[key] = value;
      continue;
    }
    const fields: Raw = { ...(value as Raw) };
    for (const path of Object.keys(fields)) {
      if (!roots.has(path.split('.')[0]!)) continue;
      if (elementOperators.includes(key) && !path.includes('.')) fields[path] = sealElement(path, fields[path]);
      else if (path.includes('.') || !operatorsThatSet.includes(key)) throw new Error(`update ${key} ${path}: a sealed field is written whole with $set`);
    }
    out[key] = operatorsThatSet.includes(key) ? seal(fields) : fields;
  }
  return { ...seal(plain), ...out };
}

/** One element of a sealed array, sealed as the array's elements are; refused for a field sealed as a whole. */
function sealElement(cipher: FieldCipher, collection: string, paths: readonly SealedPath[], root: string, element: unknown): unknown {
  let out = element;
  for (const spec of paths) {
    const [head, star, ...rest] = spec.path.split('.');
    if (head !== root) continue;
    if (star !== '*') throw new Error(`update of ${root}: a sealed field is written whole with $set`);
    out = mapAt(out, rest, (leaf) => sealValue(cipher, spec, `${collection}.${spec.path}`, leaf));
  }
  return out;
}

/**
 * A filter as stored values can match it: an `enum` field by its token, a text field with a lookup hash by the hash
 * (equality or `$in`). Any other condition on a sealed field would never match ciphertext: a bug, caught here rather
 * than as "not found".
 */
function sealFilter(filter: unknown, collection: string, paths: readonly SealedPath[], fieldPaths: readonly string[], cipher: () => FieldCipher): unknown {
  if (!filter || typeof filter !== 'object') return filter;
  const out: Raw = {};
  for (const [key, value] of Object.entries(filter as Raw)) {
    if (key === '$or' || key === '$and' || key === '$nor') {
      out[key] = (value as unknown[]).map((part) => sealFilter(part, collection, paths, fieldPaths, cipher));
      continue;
    }
    if (!fieldPaths.some((path) => key === path || key.startsWith(`${path}.`))) {
      out[key] = value;
      continue;
    }
    const spec = paths.find((candidate) => candidate.path === key);
    const token =
      spec?.kind === 'enum' ? (plain: string) => cipher().enumToken(plain, `${collection}.${spec.path}`)
      : spec?.lookupHash ? (plain: string) => cipher().lookupHash(plain)
      : null;
    const condition = token ? matchedBy(value, token) : undefined;
    if (condition === undefined) throw new Error(`query on sealed field ${key}: use its lookup hash`);
    out[spec!.kind === 'enum' ? key : spec!.lookupHash!] = condition;
  }
  return out;
}

/** `value` or `{ $in: [...] }` / `{ $ne: value }` of strings, with each string turned to its token; undefined otherwise. */
function matchedBy(condition: unknown, token: (plain: string) => string): unknown {
  if (typeof condition === 'string') return token(condition);
  if (!condition || typeof condition !== 'object') return undefined;
  const [[operator, operand] = []] = Object.entries(condition as Raw);
  if (Object.keys(condition as Raw).length !== 1) return undefined;
  if (operator === '$in' && Array.isArray(operand) && operand.every((item) => typeof item === 'string')) return { $in: operand.map(token) };
  if (operator === '$ne' && typeof operand === 'string') return { $ne: token(operand) };
  return undefined;
}
