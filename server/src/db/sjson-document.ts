import mongoose from 'mongoose';

const { Binary, ObjectId } = mongoose.mongo;

interface Schema {
  $k: string[];
  p: Record<string, Elem>;
}
interface Elem {
  t: string;
  $s?: Schema;
  i?: Elem[];
  s?: number;
}

/**
 * A document as FerretDB v1.24 stores it in PostgreSQL (sjson: plain JSON with the types in a `$s` schema,
 * `internal/handler/sjson`), as the MongoDB driver would hand it over: ObjectId, Date, Binary, numbers.
 */
export function sjsonDocument(stored: Record<string, unknown>): Record<string, unknown> {
  return documentOf(stored, stored.$s as Schema);
}

function documentOf(json: Record<string, unknown>, schema: Schema): Record<string, unknown> {
  return Object.fromEntries(schema.$k.map((key) => [key, valueOf(json[key], schema.p[key]!)]));
}

function valueOf(json: unknown, elem: Elem): unknown {
  switch (elem.t) {
    case 'object':
      return documentOf(json as Record<string, unknown>, elem.$s!);
    case 'array':
      return (json as unknown[]).map((item, index) => valueOf(item, elem.i![index]!));
    case 'objectId':
      return new ObjectId(json as string);
    case 'date':
      return new Date(json as number);
    case 'binData':
      return new Binary(Buffer.from(json as string, 'base64'), elem.s);
    case 'null':
      return null;
    case 'double':
    case 'int':
    case 'long':
    case 'string':
    case 'bool':
      return json;
    default:
      // regex and timestamp: no model here stores them.
      throw new Error(`sjsonDocument does not read ${elem.t} values`);
  }
}
