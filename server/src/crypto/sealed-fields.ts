import type { Connection, Document, Model, MongooseDefaultQueryMiddleware, Query, Schema } from 'mongoose';
import { fieldCipherOf } from './attach-field-cipher';
import type { FieldCipher } from './field-cipher';

/** One sensitive field of a collection. */
export interface SealedPath {
  /** Dotted path in the document; `*` steps into every element of an array. */
  path: string;
  /** `text` a string, `json` any value (e.g. an application's facts), `bytes` a Buffer (photos, signatures). */
  kind: 'text' | 'json' | 'bytes';
  /** For a top-level text field: a sibling written with its HMAC, for exact lookup (e.g. `residentIdHash`). */
  lookupHash?: string;
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
      if (update) this.setUpdate(sealUpdate(update, roots, (fields) => seal(() => cipherOfQuery(this), fields)));
    });
    const filters: MongooseDefaultQueryMiddleware[] = [...writes, 'find', 'findOne', 'countDocuments', 'deleteOne', 'deleteMany', 'findOneAndDelete', 'distinct'];
    schema.pre(filters, function (this: Query<unknown, unknown>) {
      assertNoSealedFilter(this.getFilter(), fieldPaths);
    });
    const reads: MongooseDefaultQueryMiddleware[] = ['find', 'findOne', 'findOneAndUpdate', 'findOneAndReplace', 'findOneAndDelete'];
    schema.post(reads, function (this: Query<unknown, unknown>, result: unknown) {
      // Hydrated documents were opened by the init hook; lean results are plain objects opened here.
      if (!this.mongooseOptions().lean || !result) return;
      for (const doc of (Array.isArray(result) ? result : [result]) as Raw[]) Object.assign(doc, open(() => cipherOfQuery(this), pick(doc, roots)));
    });
  };
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
  if (spec.kind === 'json') return cipher.encryptText(JSON.stringify(value), context);
  if (typeof value !== 'string') throw new Error(`${context} must be a string`);
  return cipher.encryptText(value, context);
}

function openValue(cipher: FieldCipher, spec: SealedPath, context: string, value: unknown): unknown {
  if (spec.kind === 'bytes') return cipher.decryptBytes(toBuffer(value), context);
  if (typeof value !== 'string' || !cipher.keyIdOf(value)) {
    throw new Error(`${context} is stored unencrypted: run the re-encryption command (README "Key rotation")`);
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

/**
 * Seals what an update writes: `$set`, `$setOnInsert` and plain keys (an implicit `$set`, or a replacement).
 * Sealed fields are written whole, never in part (`$push`, a dotted path into them).
 */
function sealUpdate(update: Raw, roots: Set<string>, seal: (fields: Raw) => Raw): Raw {
  const out: Raw = {};
  const plain: Raw = {};
  for (const [key, value] of Object.entries(update)) {
    if (!key.startsWith('$')) {
      plain[key] = value;
      continue;
    }
    for (const path of Object.keys(value as Raw)) {
      if (roots.has(path.split('.')[0]!) && (path.includes('.') || !operatorsThatSet.includes(key))) {
        throw new Error(`update ${key} ${path}: a sealed field is written whole with $set`);
      }
    }
    out[key] = operatorsThatSet.includes(key) ? seal(value as Raw) : value;
  }
  return { ...seal(plain), ...out };
}

/** Equality on ciphertext never matches: a filter naming a sealed field is a bug, caught here rather than as "not found". */
function assertNoSealedFilter(filter: unknown, fieldPaths: readonly string[]): void {
  if (!filter || typeof filter !== 'object') return;
  for (const [key, value] of Object.entries(filter as Raw)) {
    if (key === '$or' || key === '$and' || key === '$nor') {
      for (const part of value as unknown[]) assertNoSealedFilter(part, fieldPaths);
    } else if (fieldPaths.some((path) => key === path || key.startsWith(`${path}.`))) {
      throw new Error(`query on sealed field ${key}: use its lookup hash`);
    }
  }
}
