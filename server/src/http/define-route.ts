import type { ParameterizedContext } from 'koa';
import type Router from '@koa/router';
import { z, type ZodType } from 'zod';
import type { Role } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { AppState, Principal } from './app-state';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Schema = ZodType;
type Out<S> = S extends ZodType ? z.output<S> : undefined;

/** Who may call a route: anyone, any signed-in person, or the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface RouteInput<P, Q, B> {
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  principal: Access extends 'public' ? Principal | undefined : Principal;
  ctx: ParameterizedContext<AppState>;
}

export interface RouteSpec<P extends Schema | undefined = any, Q extends Schema | undefined = any, B extends Schema | undefined = any> {
  method: Method;
  /** Koa path, e.g. `/api/regions/:code/children`. */
  path: string;
  summary: string;
  tag: string;
  access: Access;
  params?: P;
  query?: Q;
  body?: B;
  response: Schema;
  status?: number;
  /** Counts the call against a rate limit before the handler runs (`security/rate-limit.ts`); 429 when over. */
  rateLimit?: (input: RouteInput<P, Q, B>) => Promise<void>;
  handler: (input: RouteInput<P, Q, B>) => Promise<unknown> | unknown;
}

/** A response whose status differs from the route's usual one, e.g. 201 when a PUT created the resource. */
export class WithStatus {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

/** Declares a route once: its validation, its access rule and its OpenAPI entry come from the same spec. */
export function defineRoute<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined>(
  spec: RouteSpec<P, Q, B>,
): RouteSpec<P, Q, B> {
  return spec;
}

export function mountRoutes(router: Router<AppState>, routes: readonly RouteSpec[]): void {
  for (const route of routes) {
    router[route.method](route.path, async (ctx) => {
      const principal = authorize(route.access, ctx.state.principal);
      const input = {
        params: parse(route.params, ctx.params, 'params'),
        query: parse(route.query, ctx.query, 'query'),
        body: parse(route.body, (ctx.request as { body?: unknown }).body, 'body'),
        principal,
        ctx,
      };
      if (route.rateLimit) await route.rateLimit(input as RouteInput<any, any, any>);
      const returned = await route.handler(input as RouteInput<any, any, any>);
      const result = returned instanceof WithStatus ? returned.body : returned;
      ctx.status = returned instanceof WithStatus ? returned.status : (route.status ?? (result === undefined ? 204 : 200));
      if (result !== undefined) ctx.body = result;
    });
  }
}

function authorize(access: Access, principal: Principal | undefined): Principal | undefined {
  if (access === 'public') return principal;
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (access === 'signedIn') return principal;
  if (!principal.roles.some((role) => access.includes(role))) throw new AppError('FORBIDDEN');
  return principal;
}

function parse(schema: Schema | undefined, value: unknown, where: string): unknown {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = [where, ...issue.path].join('.');
    fields[key] ??= issue.message;
  }
  throw new AppError('VALIDATION_FAILED', { fields, detail: `invalid ${where}` });
}
