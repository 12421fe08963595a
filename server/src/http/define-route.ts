import type { ParameterizedContext } from 'koa';
import type Router from '@koa/router';
import { z, type ZodType } from 'zod';
import type { AuditAction, AuditTargetKind, Role } from '@ccs/shared';
import { AppError } from '../errors/app-error';
import type { AuditActor, AuditEvent } from '../audit/record-audit';
import type { AppState, Principal } from './app-state';
import { readIdempotencyKey, type IdempotencyKeyUse } from './idempotency-key';

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
  /** The `Idempotency-Key` header, checked, on a route that declares `idempotencyKey`; otherwise null. */
  idempotencyKey: string | null;
  ctx: ParameterizedContext<AppState>;
}

/** What one call read or changed, for the audit log: the target, the villages and children it concerns. */
export interface AuditRecord {
  target: { kind: AuditTargetKind; id: string };
  regionCodes: string[];
  childIds?: string[];
  /** Who acted, when that is not the signed-in principal: the account a sign-in opened, or a masked name tried. */
  actor?: AuditActor;
  detail?: Record<string, unknown> | null;
}

type Recorded = AuditRecord | AuditRecord[] | null;

/**
 * A route's audit declaration (issue 7 §3). `record` runs once the handler has succeeded and before the answer
 * leaves, so a read that could not be recorded is not shown; it returns null when there is nothing to record
 * (a family reading its own child). `failure` records refused calls worth knowing about (sign-in attempts).
 */
export interface RouteAudit<P, Q, B> {
  action: AuditAction;
  record: (input: RouteInput<P, Q, B>, result: any) => Recorded | Promise<Recorded>;
  failure?: { action: AuditAction; record: (input: RouteInput<P, Q, B>, error: AppError) => Recorded | Promise<Recorded> };
}

/** Writes audit entries; `mountRoutes` awaits it, and a failed write fails the request. */
export type AuditWriter = (events: AuditEvent[]) => Promise<void>;

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
  /**
   * The fields of a multipart/form-data body the handler reads itself (a photo upload), for the OpenAPI document
   * and so the fuzzer sends such bodies; the JSON body parser does not touch them.
   */
  multipart?: Schema;
  response: Schema;
  status?: number;
  /** The route answers 201 when the call created what it names and `status` when it was there already (`WithStatus`). */
  mayCreate?: boolean;
  /**
   * A GET whose answer is the same for everyone and names no person (regions, figures, services): it may be cached.
   * Every other answer is `no-store` (`http/no-store.ts`).
   */
  publicData?: true;
  /** The response's media types when it is not JSON (a PDF, a photo), for the OpenAPI document. */
  mediaTypes?: readonly string[];
  /** The route takes an `Idempotency-Key` header (checked before the handler, and in the OpenAPI document). */
  idempotencyKey?: IdempotencyKeyUse;
  /** Counts the call against a rate limit before the handler runs (`security/rate-limit.ts`); 429 when over. */
  rateLimit?: (input: RouteInput<P, Q, B>) => Promise<void>;
  /** Every state change and every read of a child's sensitive data declares what it records (`audit-coverage.test.ts`). */
  audit?: RouteAudit<P, Q, B>;
  /** Serves a session that must change its password first (changing it, reading the account, signing out). */
  whilePasswordChangeRequired?: true;
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

export function mountRoutes(router: Router<AppState>, routes: readonly RouteSpec[], writeAudit: AuditWriter): void {
  for (const route of routes) {
    router[route.method](route.path, async (ctx) => {
      try {
        await serve(route, ctx, writeAudit);
      } catch (error) {
        if (error instanceof AppError && error.options.refused) await writeAudit([refusalEvent(route, ctx, error)]);
        throw error;
      }
    });
  }
}

async function serve(route: RouteSpec, ctx: ParameterizedContext<AppState>, writeAudit: AuditWriter): Promise<void> {
  const principal = authorize(route, ctx.state.principal);
  const input = {
    params: parse(route.params, ctx.params, 'params'),
    query: parse(route.query, ctx.query, 'query'),
    body: parse(route.body, (ctx.request as { body?: unknown }).body, 'body'),
    principal,
    idempotencyKey: readIdempotencyKey(route.idempotencyKey, ctx.get('idempotency-key')),
    ctx,
  } as RouteInput<any, any, any>;
  if (route.rateLimit) await route.rateLimit(input);
  const audit = route.audit;
  let returned: unknown;
  try {
    returned = await route.handler(input);
  } catch (error) {
    if (audit?.failure && error instanceof AppError) {
      await writeAudit(auditEvents(audit.failure.action, await audit.failure.record(input, error), input));
    }
    throw error;
  }
  const result = returned instanceof WithStatus ? returned.body : returned;
  if (audit) await writeAudit(auditEvents(audit.action, await audit.record(input, result), input));
  ctx.status = returned instanceof WithStatus ? returned.status : (route.status ?? (result === undefined ? 204 : 200));
  if (result !== undefined) ctx.body = result;
}

/**
 * The audit entry of a refused reach for someone else's data (`audit/refused-access.ts`) or for a route of another
 * role: who, what, from where, under the target's villages, so its county sees it (not under the caller's county,
 * whose officers would read the child's name in it).
 * At most one a minute per caller and target, so a flood of refusals adds one line a minute.
 */
function refusalEvent(route: RouteSpec, ctx: ParameterizedContext<AppState>, error: AppError): AuditEvent {
  const { kind, id, regionCodes, childIds, reference } = error.options.refused!;
  const actor = ctx.state.principal ?? anonymous;
  const ip = ctx.ip || null;
  return {
    action: 'access.refused',
    actor,
    target: { kind, id },
    regionCodes,
    childIds,
    ip,
    detail: { route: `${route.method.toUpperCase()} ${route.path}`, answered: error.code, ...(reference ? { reference } : {}) },
    oncePerMinute: `${actor.accountId ?? ip}:${kind}:${id}`,
  };
}

const anonymous: AuditActor = { accountId: null, roles: [], regionScope: null };

function auditEvents(action: AuditAction, recorded: Recorded, input: RouteInput<any, any, any>): AuditEvent[] {
  const records = recorded === null ? [] : Array.isArray(recorded) ? recorded : [recorded];
  const principal = input.principal as Principal | undefined;
  return records.map(({ actor, ...record }) => ({ ...record, action, actor: actor ?? principal ?? anonymous, ip: input.ctx.ip || null }));
}

function authorize({ access, method, path, whilePasswordChangeRequired }: RouteSpec, principal: Principal | undefined): Principal | undefined {
  if (access === 'public') return principal;
  if (!principal) throw new AppError('UNAUTHENTICATED');
  if (principal.passwordChangeRequired && !whilePasswordChangeRequired) throw new AppError('PASSWORD_CHANGE_REQUIRED');
  if (access === 'signedIn') return principal;
  if (!principal.roles.some((role) => access.includes(role))) {
    // A route names nobody's data: the entry belongs to the caller's own scope.
    const target = { kind: 'route' as const, id: `${method.toUpperCase()} ${path}`, regionCodes: principal.regionScope ? [principal.regionScope] : [] };
    throw new AppError('FORBIDDEN', { detail: 'role may not call the route', refused: target });
  }
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
