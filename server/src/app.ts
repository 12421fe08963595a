import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDeps } from './app-deps';
import type { AppState } from './http/app-state';
import { requestContext } from './http/request-context';
import { servePortal } from './http/serve-portal';
import { securityHeaders } from './http/security-headers';
import { corsPolicy } from './http/cors-policy';
import { noStore } from './http/no-store';
import { mountRoutes, type RouteSpec } from './http/define-route';
import { recordAudit, type AuditEvent } from './audit/record-audit';
import { errorMiddleware } from './errors/error-middleware';
import { AppError } from './errors/app-error';
import { healthRoutes } from './health/health-routes';
import { buildOpenapiDocument } from './openapi/build-openapi-document';
import { authenticate } from './auth/authenticate';
import { authRoutes } from './auth/auth-routes';
import { devRoutes } from './dev/dev-routes';
import { regionRoutes } from './regions/region-routes';
import { parameterRoutes } from './parameters/parameter-routes';
import { childRoutes } from './children/child-routes';
import { applicationRoutes } from './applications/application-routes';
import { caseRoutes } from './applications/case-routes';
import { documentRoutes } from './documents/document-routes';
import { staffRoutes } from './staff/staff-routes';
import { agreementRoutes } from './agreements/agreement-routes';
import { agreementPdfRoutes } from './agreements/agreement-pdf-routes';
import { staffAgreementRoutes } from './agreements/staff-agreement-routes';
import { agreementLifecycleRoutes } from './agreements/agreement-lifecycle-routes';
import { agreementContactRoutes } from './agreements/agreement-contact-routes';
import { serviceListRoutes } from './services/service-list-routes';
import { serviceRoutes } from './services/service-routes';
import { placeRoutes } from './places/place-routes';
import { staffPlaceRoutes } from './places/staff-place-routes';
import { auditRoutes } from './audit/audit-routes';
import { notificationRoutes } from './notifications/notification-routes';
import { subscribeCreditRoutes } from './wechat/subscribe-credit-routes';
import { calendarRoutes } from './calendar/calendar-routes';
import { consentRoutes } from './consent/consent-routes';
import { dataRequestRoutes } from './consent/data-request-routes';
import { REPO_ROOT } from './db/launch-database';

export const H5_DIR = join(REPO_ROOT, 'miniapp', 'dist', 'h5');

/** Every API route, in one table: the router, the OpenAPI document and the access tests read it. */
export function apiRoutes(deps: AppDeps): RouteSpec[] {
  return [
    ...healthRoutes(deps),
    ...authRoutes(deps),
    ...regionRoutes(deps),
    ...parameterRoutes(deps),
    ...childRoutes(deps),
    ...applicationRoutes(deps),
    ...caseRoutes(deps),
    ...documentRoutes(deps),
    ...staffRoutes(deps),
    ...agreementRoutes(deps),
    ...agreementPdfRoutes(deps),
    ...staffAgreementRoutes(deps),
    ...agreementLifecycleRoutes(deps),
    ...agreementContactRoutes(deps),
    ...serviceListRoutes(deps),
    ...serviceRoutes(deps),
    ...placeRoutes(deps),
    ...staffPlaceRoutes(deps),
    ...auditRoutes(deps),
    ...notificationRoutes(deps),
    ...subscribeCreditRoutes(deps),
    ...calendarRoutes(deps),
    ...consentRoutes(deps),
    ...dataRequestRoutes(deps),
  ];
}

/** Builds the Koa app without listening, so tests can drive it over HTTP on a port of their own. */
export function createApp(deps: AppDeps): Koa<AppState> {
  // Behind the production proxies the client address is the one the outermost of them appended to X-Forwarded-For;
  // anything before it was written by the client and would let it dodge the per-address rate limits.
  const app = new Koa<AppState>({ proxy: deps.config.NODE_ENV === 'production', maxIpsCount: deps.config.PROXY_HOPS });
  // What reaches Koa's own handler is a socket failing after the answer was settled (a client reset mid-body):
  // logged like everything else instead of printed to stderr; it never stops the process.
  app.on('error', (error: Error) => deps.logger.warn({ err: error }, 'connection error'));
  const routes = apiRoutes(deps);
  const openapi = buildOpenapiDocument(routes);
  const router = new Router<AppState>();
  const writeAudit = (events: AuditEvent[]) => recordAudit(deps, events);
  mountRoutes(router, routes, writeAudit);
  router.get('/api/openapi.json', (ctx) => {
    ctx.body = openapi;
  });
  if (deps.config.NODE_ENV !== 'production') mountRoutes(router, devRoutes(deps), writeAudit);

  app.use(requestContext(deps.logger));
  app.use(securityHeaders(deps.config, H5_DIR));
  app.use(corsPolicy(deps.config));
  app.use(noStore(routes, ['/api/openapi.json']));
  app.use(errorMiddleware());
  app.use(bodyParser({ jsonLimit: '1mb', enableTypes: ['json'] }));
  app.use(authenticate(deps));
  app.use(router.routes());
  // An unknown method (TRACE, or DELETE on a read-only path) is the caller's mistake: 405 with the usual error body.
  const methodNotAllowed = () => new AppError('METHOD_NOT_ALLOWED');
  app.use(router.allowedMethods({ throw: true, methodNotAllowed, notImplemented: methodNotAllowed }));
  if (existsSync(H5_DIR)) app.use(servePortal(H5_DIR));
  return app;
}
