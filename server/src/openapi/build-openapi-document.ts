import { z, type ZodType } from 'zod';
import type { RouteSpec } from '../http/define-route';
import { idempotencyKeySchema } from '../http/idempotency-key';

type JsonSchema = Record<string, unknown>;

/** Named schemas (zod `.meta({ id })`), hoisted into `components.schemas` and referenced from there. */
type Components = Record<string, JsonSchema>;

function toSchema(schema: ZodType, io: 'input' | 'output', components: Components = {}): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as JsonSchema;
  const { $schema: _ignored, definitions, ...rest } = JSON.parse(
    JSON.stringify(json).replaceAll('"#/definitions/', '"#/components/schemas/'),
  ) as JsonSchema & { definitions?: Components };
  Object.assign(components, definitions);
  return rest;
}

function parameters(schema: ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }));
}

function idempotencyKeyHeader(route: RouteSpec) {
  if (!route.idempotencyKey) return [];
  return [
    {
      name: 'Idempotency-Key',
      in: 'header',
      required: route.idempotencyKey === 'required',
      description: 'One key per user action, sent again unchanged with every retry of it: a repeat answers with the first result',
      schema: toSchema(idempotencyKeySchema, 'input'),
    },
  ];
}

function successResponses(route: RouteSpec, components: Components) {
  const status = route.status ?? 200;
  if (status === 204) return { 204: { description: 'OK, no content' } };
  const content = route.mediaTypes
    ? Object.fromEntries(route.mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]))
    : { 'application/json': { schema: toSchema(route.response, 'output', components) } };
  return { [status]: { description: 'OK', content }, ...(route.mayCreate ? { 201: { description: 'Created', content } } : {}) };
}

const errorContent = { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } };

/**
 * The error statuses every route of its kind can answer, each with the `Error` body: 400 for bad input, 401 for a
 * missing, expired or forged token (checked on every route that gets one), 403 for a role or region refused, 404 for
 * an id that names nothing, 413 for a body too large, 408 for an upload that stalls, 429 over a rate limit, 503 when
 * the database is away. The capability's own refusals (409, 415, 422, 502) fall under `default`, which has the same
 * body.
 */
function errorResponses(route: RouteSpec) {
  const statuses: [boolean, number, string][] = [
    [Boolean(route.params || route.query || route.body || route.multipart), 400, '请求内容不对'],
    [true, 401, '没有登录或登录已过期'],
    [route.access !== 'public', 403, '没有权限'],
    [Boolean(route.params), 404, '没有找到'],
    [Boolean(route.body || route.multipart), 413, '内容太大'],
    [Boolean(route.multipart), 408, '上传太慢'],
    [Boolean(route.rateLimit), 429, '太频繁'],
    [true, 503, '数据库暂时不可用'],
  ];
  const declared = statuses.filter(([applies]) => applies).map(([, status, description]) => [status, { description, content: errorContent }]);
  return { ...Object.fromEntries(declared), default: { description: '错误', content: errorContent } };
}

/** A JSON body, or the multipart/form-data fields of an upload (`file` as binary). */
function requestBody(route: RouteSpec, components: Components) {
  if (route.body) return { requestBody: { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input', components) } } } };
  if (route.multipart) return { requestBody: { required: true, content: { 'multipart/form-data': { schema: toSchema(route.multipart, 'input', components) } } } };
  return {};
}

/** The OpenAPI 3 document, generated from the same zod schemas the routes validate with. */
export function buildOpenapiDocument(routes: readonly RouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  const components: Components = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      tags: [route.tag],
      'x-access': route.access,
      ...(route.access === 'public' ? {} : { security: [{ bearer: [] }] }),
      parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query'), ...idempotencyKeyHeader(route)],
      ...requestBody(route, components),
      responses: { ...successResponses(route, components), ...errorResponses(route) },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: '儿童关爱服务 API', version: '0.1.0' },
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        ...components,
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string' },
            message: { type: 'string' },
            requestId: { type: 'string' },
            fields: { type: 'object', additionalProperties: { type: 'string' } },
          },
        },
      },
    },
  };
}
