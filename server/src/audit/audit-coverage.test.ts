import mongoose from 'mongoose';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { apiRoutes } from '../app';
import { loadConfig } from '../config';
import { createLogSmsSender } from '../sms/sms-sender';

/**
 * Reads that are deliberately not recorded, each with its reason. Every other route declares `audit`: a route
 * that changes state (any method but GET) always does, and a new GET fails here until it is recorded or listed.
 */
const notRecorded: Record<string, string> = {
  'GET /api/health': 'public: the service is up',
  'GET /api/health/ready': 'public: the database and the background jobs answer (for the load balancer)',
  'GET /api/regions/:code': 'public place names',
  'GET /api/regions/:code/children': 'public place names',
  'GET /api/parameters/:name/value': 'public figures',
  'GET /api/parameters': 'public figures',
  'GET /api/staff/figures': 'the region’s figures and who entered them, no child’s data; every entry is recorded',
  'GET /api/services': 'public service list',
  'GET /api/services/search': 'public service search',
  'GET /api/services/items/:id': 'public service item',
  'GET /api/places': 'public service places',
  'GET /api/places/:id': 'public service place',
  'GET /api/staff/places': 'the region’s places as the public sees them, closed ones too; every change is recorded',
  'GET /api/staff/places/template': 'the empty places template',
  'GET /api/agreements/verify/:verificationCode': 'public check of a filed agreement, shows no ID number',
  'GET /api/agreement-invitations/:token': 'the invitation page before sign-in: names and the period only, to whoever holds the link or SMS code; accepting it is recorded',
  'GET /api/me': 'the signed-in person’s own account',
  'GET /api/staff/me': 'the signed-in person’s own account',
  'GET /api/staff/accounts': 'the region’s staff: names, posts and work phones, no child’s data; every change is recorded',
  'GET /api/staff/accounts/template': 'the empty roster template',
  'GET /api/children': 'the family reads its own children; staff reads of a child are recorded (child.view)',
  'GET /api/applications': 'the family reads its own applications',
  'GET /api/applications/:applicationId': 'the family reads its own application; staff read it as a case (case.view)',
  'GET /api/agreements': 'the parties’ own agreements, as a list without ID numbers',
  'GET /api/agreements/:agreementId/contacts': 'dates and kinds of a parent’s calls, no sensitive field',
  'GET /api/staff/cases': 'the queue: names and statuses; opening a case is recorded (case.view)',
  'GET /api/staff/agreements': 'agreement summaries with masked ID numbers; opening one is recorded (agreement.view)',
  'GET /api/staff/agreement-coverage': 'names and masked ID numbers of the villages’ children, no sensitive field',
  'GET /api/staff/agreement-contact-gaps': 'names and days since the last call, no sensitive field',
  'GET /api/service-lists/:regionCode': 'the county’s service list, no personal data',
  'GET /api/service-lists/:regionCode/versions/:version': 'the county’s service list, no personal data',
  'GET /api/consent/child-privacy': 'the public privacy notice and the family’s own consent',
  'GET /api/me/data-requests': 'the family’s own requests',
  'GET /api/staff/data-requests': 'names and what was asked; closing a request is recorded (dataRequest.close)',
  'GET /api/staff/calendar': 'how far the holiday calendar reaches, no personal data',
  'GET /api/staff/failed-notifications': 'case numbers and carrier error codes, no name, text or address',
};

function routeTable() {
  const config = loadConfig({ NODE_ENV: 'test', MONGODB_URI: 'mongodb://127.0.0.1:1/unused' });
  const logger = pino({ level: 'silent' });
  // The specs are only read here: the connection is never opened.
  return apiRoutes({ config, logger, db: mongoose.createConnection(), sms: createLogSmsSender(logger) });
}

describe('every route says what the audit log records of it', () => {
  const routes = routeTable().map((route) => ({ key: `${route.method.toUpperCase()} ${route.path}`, audited: !!route.audit }));

  it('every state change is recorded', () => {
    expect(routes.filter((route) => !route.key.startsWith('GET ') && !route.audited).map((route) => route.key)).toEqual([]);
  });

  it('every read is recorded or listed here with the reason it is not', () => {
    expect(routes.filter((route) => route.key.startsWith('GET ') && !route.audited && !(route.key in notRecorded)).map((route) => route.key)).toEqual([]);
  });

  it('the list holds only reads that exist and are not recorded', () => {
    const unrecorded = new Set(routes.filter((route) => !route.audited).map((route) => route.key));
    expect(Object.keys(notRecorded).filter((key) => !unrecorded.has(key))).toEqual([]);
  });
});
