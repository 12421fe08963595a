import { randomUUID } from 'node:crypto';
import { CONSENT_VERSION, childPrivacyNoticeOn, toIsoDate } from '@ccs/shared';
import { deFactoFacts } from './case-fixtures';
import { addChild, draftFor } from './agreement-fixtures';
import { jpegBytes } from './document-fixtures';
import { loggedSmsCode } from './logged-sms-code';
import { holidayYear2027 } from './holiday-year-fixtures';
import { principals, signatureAs, type AccessWorld, type Who } from './access-world';
import demo from '../src/demo/demo-county.json';

/**
 * Who may call each API route (issue 7 §1): `allow`, or the refusal they get: 401 signed out, 403 the wrong role or
 * not the post that may act, 404 another family's or another region's (as for one that does not exist: ids are
 * sequential and must not tell which exist; issue 16 §7). `access-matrix.test.ts`
 * reads `apiRoutes()` and fails for a route without an entry here, or an entry without a route.
 *
 * To add a route: add `'<METHOD> <path>'` with `expect` (start from one of the profiles below and override who
 * differs) and `request`: the path with the world's ids (`access-world.ts`; add a resource there if the route needs
 * one in a particular state) and a valid body, so that an allowed principal passes every check and a refusal is
 * really about access. An allowed request may change state: allowed principals run in the order of `principals`.
 */
export type Outcome = 'allow' | 401 | 403 | 404;

export interface MatrixRequest {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Sent as multipart/form-data instead of JSON. */
  form?: FormData;
}

export interface MatrixEntry {
  expect: Record<Who, Outcome>;
  request: (world: AccessWorld, who: Who) => MatrixRequest | Promise<MatrixRequest>;
  /**
   * Allowed answers to principals who are not the owner's (another family or caregiver, staff of another region,
   * anyone signed out) must not contain the owner's ids; set false where the route hands them out by design.
   */
  outsidersSeeNoIds?: false;
}

/** A new 修文县 rural 低保 standard, as its administrator enters it. */
const matrixFigure = { regionCode: '520123', effectiveFrom: '2027-01-01', value: 700, documentNumber: '修民发〔2026〕1号' };

const outcomes = (rest: Outcome, specific: Partial<Record<Who, Outcome>> = {}): Record<Who, Outcome> =>
  Object.fromEntries(principals.map((who) => [who, specific[who] ?? rest])) as Record<Who, Outcome>;

const families = ['family', 'otherFamily', 'caregiver', 'otherCaregiver'] as const;
const staff = ['director', 'otherDirector', 'supervisor', 'otherSupervisor', 'county', 'otherCounty', 'admin'] as const;
const each = (whos: readonly Who[], outcome: Outcome) => Object.fromEntries(whos.map((who) => [who, outcome])) as Partial<Record<Who, Outcome>>;
/** Staff of another region: a case, child, photo or agreement of the owner's is not found for them. */
const otherStaff = ['otherDirector', 'otherSupervisor', 'otherCounty'] as const;

const PUBLIC = outcomes('allow');
const SIGNED_IN = outcomes('allow', { anonymous: 401 });
/** Staff only; each sees what their own scope holds. */
const STAFF = outcomes('allow', { anonymous: 401, ...each(families, 403) });
/** Families only (caregivers signed in from the mini-program are family accounts too); each sees their own. */
const FAMILIES = outcomes(403, { anonymous: 401, ...each(families, 'allow') });
/** One of the owner's resources, for families only: others learn nothing of it. */
const OWNER = outcomes(403, { anonymous: 401, family: 'allow', otherFamily: 404, caregiver: 404, otherCaregiver: 404 });
/** The region's administrator alone. */
const ADMIN = outcomes(403, { anonymous: 401, admin: 'allow' });
/** The staff chain of the owner's village: the director, the township, the county and its admin. */
const CHAIN = outcomes(403, { anonymous: 401, director: 'allow', supervisor: 'allow', county: 'allow', admin: 'allow', ...each(otherStaff, 404) });
/** An agreement: its parent, its caregiver and the staff whose region covers the village. */
const AGREEMENT = { ...CHAIN, family: 'allow', caregiver: 'allow', otherFamily: 404, otherCaregiver: 404 } satisfies Record<Who, Outcome>;

const today = () => toIsoDate(new Date());
/** A phone of nobody yet, one per principal: the SMS code it is sent serves the sign-in after it. */
const newcomerPhone = (who: Who) => `136000000${String(principals.indexOf(who)).padStart(2, '0')}`;
const countyToken = (world: AccessWorld) => world.tokenOf('county');
const photoForm = (who: Who) => {
  const form = new FormData();
  form.append('kind', staff.includes(who as never) ? 'visitPhoto' : 'hukouBook');
  form.append('file', new Blob([new Uint8Array(jpegBytes())], { type: 'image/jpeg' }), 'photo.jpg');
  return form;
};
const documentPath = (world: AccessWorld) => `/api/applications/${world.document.applicationId}/documents/${randomUUID()}`;

async function currentServiceDraft(world: AccessWorld) {
  const res = await fetch(`${world.server.baseUrl}/api/service-lists/520123`, { headers: { authorization: `Bearer ${countyToken(world)}` } });
  const { draft } = (await res.json()) as { draft: { revision: number; items: unknown[] } };
  return draft;
}

/** A 修文县 place as its county officer sees it now, so each allowed edit names the current revision. */
async function currentPlace(world: AccessWorld, id: string) {
  const res = await fetch(`${world.server.baseUrl}/api/staff/places`, { headers: { authorization: `Bearer ${countyToken(world)}` } });
  const { places } = (await res.json()) as { places: { id: string; revision: number }[] };
  return places.find((place) => place.id === id)!;
}
const matrixPlace = { kind: 'childrenHome', name: '矩阵村儿童之家', regionCode: '520123103201', address: '六广村', hours: '周六 9:00—12:00', phone: '0851-82351299' };
const editedPlace = 'xiuwen-liuguang-village-children-home';

export const accessMatrix: Record<string, MatrixEntry> = {
  'GET /api/health': { expect: PUBLIC, request: () => ({ path: '/api/health' }) },
  'GET /api/health/ready': { expect: PUBLIC, request: () => ({ path: '/api/health/ready' }) },

  // Sign-in is open to all; each principal uses credentials of its own or of nobody in the matrix.
  'POST /api/auth/sms-codes': { expect: PUBLIC, request: (_w, who) => ({ path: '/api/auth/sms-codes', body: { phone: newcomerPhone(who) } }) },
  'POST /api/auth/sms-login': {
    expect: PUBLIC,
    request: (w, who) => ({ path: '/api/auth/sms-login', body: { phone: newcomerPhone(who), code: loggedSmsCode(w.server, newcomerPhone(who)) } }),
  },
  'POST /api/auth/wechat-login': { expect: PUBLIC, request: () => ({ path: '/api/auth/wechat-login', body: { code: 'matrix-newcomer' } }) },
  'POST /api/auth/staff-login': { expect: PUBLIC, request: () => ({ path: '/api/auth/staff-login', body: { username: 'director03', password: demo.password } }) },
  'POST /api/auth/refresh': {
    expect: PUBLIC,
    request: (w, who) => ({ path: '/api/auth/refresh', body: { refreshToken: (w.sessions[who] ?? w.spareSession).refreshToken } }),
  },
  'POST /api/auth/logout': { expect: PUBLIC, request: () => ({ path: '/api/auth/logout', body: { refreshToken: randomUUID() } }) },
  'GET /api/me': { expect: SIGNED_IN, request: () => ({ path: '/api/me' }) },
  'PUT /api/me/preferences': { expect: SIGNED_IN, request: () => ({ path: '/api/me/preferences', body: { textSize: 'standard' } }) },
  'GET /api/staff/me': { expect: STAFF, request: () => ({ path: '/api/staff/me' }) },
  'POST /api/me/subscribe-credits': { expect: FAMILIES, request: () => ({ path: '/api/me/subscribe-credits', body: { requestId: randomUUID(), accepted: ['caseStep'] } }) },
  // Only an account signed in by WeChat links a phone (the matrix's caregivers are); a code WeChat never gave is a 400.
  'POST /api/auth/wechat-phone': {
    expect: outcomes(403, { anonymous: 401, caregiver: 'allow', otherCaregiver: 'allow' }),
    request: () => ({ path: '/api/auth/wechat-phone', body: { code: 'matrix-unknown' } }),
  },

  // Consent first, so every family holds it again for the routes that save a child's data.
  'GET /api/consent/child-privacy': { expect: PUBLIC, request: () => ({ path: '/api/consent/child-privacy' }) },
  'POST /api/me/consents/withdraw': { expect: FAMILIES, request: () => ({ path: '/api/me/consents/withdraw' }) },
  'POST /api/me/consents': {
    expect: FAMILIES,
    request: () => ({ path: '/api/me/consents', body: { version: childPrivacyNoticeOn(today()).version, agreed: true, channel: 'h5' } }),
  },
  'POST /api/me/data-requests': {
    expect: OWNER,
    request: (w) => ({ path: '/api/me/data-requests', body: { id: randomUUID(), kind: 'correct', childId: w.childId, note: '出生日期写错了' } }),
  },
  'GET /api/me/data-requests': { expect: FAMILIES, request: () => ({ path: '/api/me/data-requests' }) },
  // Directors, supervisors and county officers of the child's region close them; admins do not handle them.
  'GET /api/staff/data-requests': { expect: { ...STAFF, admin: 403 }, request: () => ({ path: '/api/staff/data-requests' }) },
  'POST /api/staff/data-requests/:requestId/close': {
    expect: { ...CHAIN, admin: 403 },
    request: (w) => ({ path: `/api/staff/data-requests/${w.dataRequestId}/close`, body: { outcome: '已按户口簿改正' } }),
  },

  'GET /api/regions/:code': { expect: PUBLIC, request: () => ({ path: '/api/regions/520123103201' }) },
  'GET /api/regions/:code/children': { expect: PUBLIC, request: () => ({ path: '/api/regions/520123103/children' }) },
  'GET /api/parameters/:name/value': {
    expect: PUBLIC,
    request: () => ({ path: `/api/parameters/agreements.weekly_contact_max_days/value?region=520123103201&date=${today()}` }),
  },

  'GET /api/children': { expect: FAMILIES, request: () => ({ path: '/api/children' }) },
  'PUT /api/children/:childId': {
    expect: OWNER,
    request: (w) => ({
      path: `/api/children/${w.childId}`,
      // The family corrects the name; the ID number, left out, stays (the child's agreements keep it).
      body: { name: '小明', hukouRegion: '520123103201', residenceRegion: null, relation: 'mother' },
    }),
  },
  'DELETE /api/children/:childId': {
    expect: OWNER,
    // A child of the owner's added for each principal, so the owner's removal leaves the others one to try.
    request: async (w) => ({ path: `/api/children/${await addChild(w.server, w.tokenOf('family')!)}` }),
  },

  'POST /api/applications': {
    expect: OWNER,
    request: (w) => ({ path: '/api/applications', body: { childId: w.childId, programme: 'deFactoUnsupportedAllowance', facts: deFactoFacts } }),
  },
  'GET /api/applications': { expect: FAMILIES, request: () => ({ path: '/api/applications' }) },
  'GET /api/applications/:applicationId': { expect: OWNER, request: (w) => ({ path: `/api/applications/${w.application.id}` }) },
  'PUT /api/applications/:applicationId/facts': { expect: OWNER, request: (w) => ({ path: `/api/applications/${w.factsDraftId}/facts`, body: { facts: deFactoFacts } }) },
  'POST /api/applications/:applicationId/submit': {
    expect: OWNER,
    request: (w) => ({
      path: `/api/applications/${w.submitDraftId}/submit`,
      headers: { 'idempotency-key': randomUUID() },
      body: { consent: { version: CONSENT_VERSION, agreed: true } },
    }),
  },

  'GET /api/staff/cases': { expect: STAFF, request: () => ({ path: '/api/staff/cases' }) },
  'GET /api/staff/cases/:applicationId': { expect: CHAIN, request: (w) => ({ path: `/api/staff/cases/${w.application.id}` }) },
  // Only the post holding the case acts on it: the director. Without the notes verifying needs, the answer
  // (400 NOTES_REQUIRED) comes after every access check and changes nothing.
  'POST /api/staff/cases/:applicationId/transitions': {
    expect: { ...CHAIN, supervisor: 403, county: 403, admin: 403 },
    request: (w) => ({ path: `/api/staff/cases/${w.application.id}/transitions`, body: { action: 'verify', expectedVersion: w.application.version } }),
  },
  'GET /api/staff/children/:childId': { expect: CHAIN, request: (w) => ({ path: `/api/staff/children/${w.childId}` }) },

  // Photos: the family adds its documents, the post holding the case its home-visit photos.
  'PUT /api/applications/:applicationId/documents/:documentId': {
    expect: { ...OWNER, director: 'allow', ...each(otherStaff, 404) },
    request: (w, who) => ({ path: documentPath(w), form: photoForm(who) }),
  },
  'POST /api/applications/:applicationId/documents/:documentId': {
    expect: { ...OWNER, director: 'allow', ...each(otherStaff, 404) },
    request: (w, who) => ({ path: documentPath(w), form: photoForm(who) }),
  },
  'GET /api/applications/:applicationId/documents/:documentId': {
    expect: { ...CHAIN, family: 'allow', otherFamily: 404, caregiver: 404, otherCaregiver: 404 },
    request: (w) => ({ path: `/api/applications/${w.document.applicationId}/documents/${w.document.documentId}` }),
  },
  'DELETE /api/applications/:applicationId/documents/:documentId': {
    expect: OWNER,
    request: (w) => ({ path: `/api/applications/${w.deletableDocument.applicationId}/documents/${w.deletableDocument.documentId}` }),
  },

  // A county officer or admin replaces a member of their county's staff; the second call resumes the first.
  'POST /api/staff/accounts/:username/successor': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow', otherCounty: 404 }),
    request: () => ({ path: '/api/staff/accounts/director05/successor', body: { username: 'director05b', name: '接任主任', password: 'Successor@2026' } }),
  },
  // Staff accounts are the administrator's alone (staff/staff-account-routes.ts); a refusal past access (409, 415) counts as allowed.
  'GET /api/staff/accounts': { expect: ADMIN, request: () => ({ path: '/api/staff/accounts' }) },
  'POST /api/staff/accounts': {
    expect: ADMIN,
    request: (_w, who) => ({ path: '/api/staff/accounts', body: { username: `matrix-${who}`, name: '矩阵主任', phone: newcomerPhone(who).replace(/^136/, '135'), role: 'childDirector', regionCode: '520123103216' } }),
  },
  'PUT /api/staff/accounts/:username': { expect: ADMIN, request: () => ({ path: '/api/staff/accounts/director03', body: { name: '张德才' } }) },
  'POST /api/staff/accounts/:username/disable': { expect: ADMIN, request: () => ({ path: '/api/staff/accounts/director12/disable' }) },
  'POST /api/staff/accounts/:username/enable': { expect: ADMIN, request: () => ({ path: '/api/staff/accounts/director12/enable' }) },
  'POST /api/staff/accounts/:username/password-reset': { expect: ADMIN, request: () => ({ path: '/api/staff/accounts/director12/password-reset' }) },
  'GET /api/staff/accounts/template': { expect: ADMIN, request: () => ({ path: '/api/staff/accounts/template' }) },
  'POST /api/staff/account-imports': {
    expect: ADMIN,
    request: () => {
      const form = new FormData();
      form.append('file', new Blob([new TextEncoder().encode('not a spreadsheet')]), 'roster.xlsx');
      return { path: '/api/staff/account-imports', form };
    },
  },
  'POST /api/staff/me/password': { expect: STAFF, request: () => ({ path: '/api/staff/me/password', body: { currentPassword: 'not-the-password-1', newPassword: 'Another2026x' } }) },

  'GET /api/agreements': { expect: FAMILIES, request: () => ({ path: '/api/agreements' }) },
  'GET /api/agreements/verify/:verificationCode': { expect: PUBLIC, request: (w) => ({ path: `/api/agreements/verify/${w.filedAgreement.verificationCode}` }) },
  'GET /api/agreements/:agreementId': { expect: AGREEMENT, request: (w) => ({ path: `/api/agreements/${w.filedAgreement.id}` }) },
  'PUT /api/agreements/:agreementId': { expect: OWNER, request: (w) => ({ path: `/api/agreements/${w.draftAgreementId}`, body: draftFor([w.childId]) }) },
  'POST /api/agreements/:agreementId/invitation': { expect: OWNER, request: (w) => ({ path: `/api/agreements/${w.draftAgreementId}/invitation` }) },
  // The link is the key: whoever signs in with it first becomes the caregiver, except the parent who sent it.
  'POST /api/agreement-invitations/:token/accept': {
    expect: outcomes(403, { anonymous: 401, family: 404, otherFamily: 'allow', caregiver: 'allow', otherCaregiver: 'allow' }),
    request: async (w) => ({ path: `/api/agreement-invitations/${await w.freshInvitation()}/accept` }),
    outsidersSeeNoIds: false,
  },
  'GET /api/agreement-invitations/:token': { expect: PUBLIC, request: async (w) => ({ path: `/api/agreement-invitations/${await w.freshInvitation()}` }) },
  'POST /api/agreements/:agreementId/decline': {
    // Only the caregiver who accepted may say no; the parent is told no, anyone else learns nothing.
    expect: outcomes(403, { anonymous: 401, caregiver: 'allow', otherFamily: 404, otherCaregiver: 404 }),
    request: (w) => ({ path: `/api/agreements/${w.agreementToDecline}/decline`, body: { reason: 'health' } }),
  },
  'POST /api/agreements/:agreementId/signatures': {
    expect: { ...OWNER, caregiver: 'allow' },
    request: (w, who) => ({ path: `/api/agreements/${w.draftAgreementId}/signatures`, body: signatureAs(who === 'caregiver' ? 'caregiver' : 'parent') }),
  },
  'GET /api/agreements/:agreementId/pdf': { expect: AGREEMENT, request: (w) => ({ path: `/api/agreements/${w.filedAgreement.id}/pdf` }) },

  'GET /api/staff/agreements': { expect: STAFF, request: () => ({ path: '/api/staff/agreements?status=signed' }) },
  'POST /api/staff/agreements/:agreementId/acknowledge': {
    expect: outcomes(403, { anonymous: 401, director: 'allow', otherDirector: 404 }),
    request: (w) => ({ path: `/api/staff/agreements/${w.agreementToEnd.id}/acknowledge` }),
  },
  'GET /api/staff/agreement-coverage': { expect: STAFF, request: () => ({ path: '/api/staff/agreement-coverage' }) },
  // Only the parent ends it early; the caregiver who signed it may not.
  'POST /api/agreements/:agreementId/termination': {
    expect: { ...OWNER, caregiver: 403 },
    request: (w) => ({ path: `/api/agreements/${w.agreementToEnd.id}/termination`, body: { reason: '妈妈回家了，自己照顾孩子' } }),
  },
  'POST /api/staff/agreements/:agreementId/caregiver-unable': {
    expect: outcomes(403, { anonymous: 401, director: 'allow', otherDirector: 404 }),
    request: (w) => ({ path: `/api/staff/agreements/${w.agreementCaregiverUnable.id}/caregiver-unable`, body: { notes: '走访看到奶奶住院了' } }),
  },
  'POST /api/agreements/:agreementId/contacts/:contactId': {
    expect: { ...OWNER, caregiver: 403 },
    request: (w) => ({ path: `/api/agreements/${w.filedAgreement.id}/contacts/${randomUUID()}`, body: { kind: 'phone' } }),
  },
  'GET /api/agreements/:agreementId/contacts': { expect: AGREEMENT, request: (w) => ({ path: `/api/agreements/${w.filedAgreement.id}/contacts` }) },
  'GET /api/staff/agreement-contact-gaps': { expect: STAFF, request: () => ({ path: '/api/staff/agreement-contact-gaps' }) },

  // Service lists: a county officer edits their county's, an admin any in their scope.
  'GET /api/service-lists/:regionCode': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: () => ({ path: '/api/service-lists/520123' }),
  },
  'GET /api/service-lists/:regionCode/versions/:version': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: () => ({ path: '/api/service-lists/520123/versions/1' }),
  },
  'PUT /api/service-lists/:regionCode/draft': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: async (w) => {
      const draft = await currentServiceDraft(w);
      return { path: '/api/service-lists/520123/draft', body: { items: draft.items, revision: draft.revision } };
    },
  },
  'POST /api/service-lists/:regionCode/publish': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: () => ({ path: '/api/service-lists/520123/publish', headers: { 'idempotency-key': 'matrix-publish-1' }, body: {} }),
  },
  // Places: a county officer or admin sets up their region's; another county's officer is refused them.
  'GET /api/staff/places': { expect: outcomes(403, { anonymous: 401, county: 'allow', otherCounty: 'allow', admin: 'allow' }), request: () => ({ path: '/api/staff/places' }) },
  'POST /api/staff/places': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: (_w, who) => ({ path: '/api/staff/places', body: { id: `matrix-place-${who.toLowerCase()}`, ...matrixPlace } }),
  },
  'PUT /api/staff/places/:id': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: async (w) => ({ path: `/api/staff/places/${editedPlace}`, body: { ...matrixPlace, revision: (await currentPlace(w, editedPlace)).revision } }),
  },
  'POST /api/staff/places/:id/close': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: async (w) => ({ path: `/api/staff/places/${editedPlace}/close`, body: { revision: (await currentPlace(w, editedPlace)).revision } }),
  },
  'POST /api/staff/places/:id/reopen': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', admin: 'allow' }),
    request: async (w) => ({ path: `/api/staff/places/${editedPlace}/reopen`, body: { revision: (await currentPlace(w, editedPlace)).revision } }),
  },
  'GET /api/staff/places/template': { expect: outcomes(403, { anonymous: 401, county: 'allow', otherCounty: 'allow', admin: 'allow' }), request: () => ({ path: '/api/staff/places/template' }) },
  'POST /api/staff/place-imports': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', otherCounty: 'allow', admin: 'allow' }),
    request: () => {
      const form = new FormData();
      form.append('file', new Blob([new TextEncoder().encode('not a spreadsheet')]), 'places.xlsx');
      return { path: '/api/staff/place-imports', form };
    },
  },
  'GET /api/services': { expect: PUBLIC, request: () => ({ path: '/api/services?region=520123103201' }) },
  'GET /api/services/search': { expect: PUBLIC, request: () => ({ path: `/api/services/search?region=520123103201&q=${encodeURIComponent('低保')}` }) },
  'GET /api/services/items/:id': { expect: PUBLIC, request: () => ({ path: '/api/services/items/national.compulsory-education?region=520123103201' }) },
  'GET /api/places': { expect: PUBLIC, request: () => ({ path: '/api/places?region=520123103201' }) },
  'GET /api/places/:id': { expect: PUBLIC, request: () => ({ path: '/api/places/xiuwen-liuguang-village-children-home' }) },

  // The audit log: county officers only, each finding only their own county's entries.
  'GET /api/audit': { expect: outcomes(403, { anonymous: 401, county: 'allow', otherCounty: 'allow' }), request: () => ({ path: '/api/audit?pageSize=100' }) },
  // Undelivered messages: the county's officers and admin, each seeing their own county's.
  // The holiday calendar is national: every staff member sees its reach; county officers and admins enter a year.
  'GET /api/staff/calendar': { expect: STAFF, request: () => ({ path: '/api/staff/calendar' }) },
  'POST /api/staff/calendar/years': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', otherCounty: 'allow', admin: 'allow' }),
    request: () => ({ path: '/api/staff/calendar/years', body: holidayYear2027 }),
  },
  // Figures: public as a set for the app; county officers read their county's, its administrator previews and enters.
  'GET /api/parameters': { expect: PUBLIC, request: () => ({ path: '/api/parameters?region=520123103201' }) },
  'GET /api/staff/figures': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', otherCounty: 'allow', admin: 'allow' }),
    request: () => ({ path: '/api/staff/figures' }),
  },
  'POST /api/staff/figures/:name/preview': {
    expect: outcomes(403, { anonymous: 401, admin: 'allow' }),
    request: () => ({ path: '/api/staff/figures/benefits.minimum_living_standard.rural/preview', body: matrixFigure }),
  },
  'POST /api/staff/figures/:name/entries': {
    expect: outcomes(403, { anonymous: 401, admin: 'allow' }),
    request: () => ({
      path: '/api/staff/figures/benefits.minimum_living_standard.rural/entries',
      headers: { 'idempotency-key': 'matrix-figure-1' },
      body: matrixFigure,
    }),
  },
  // Opening a region for service: administrators, within their scope (修文县's admin opens its own county: loaded already).
  'POST /api/admin/regions/:code/open': {
    expect: outcomes(403, { anonymous: 401, admin: 'allow' }),
    request: () => ({ path: '/api/admin/regions/520123/open', body: {} }),
  },
  'GET /api/staff/failed-notifications': {
    expect: outcomes(403, { anonymous: 401, county: 'allow', otherCounty: 'allow', admin: 'allow' }),
    request: () => ({ path: '/api/staff/failed-notifications' }),
  },
};

/**
 * Need-to-know reads of an HIV allowance case (艾滋病防治条例 art. 39, `shared/privacy/need-to-know.json`): the
 * chain opens the case under a neutral label, but the diagnosis photo is for the family and the county's approving
 * officers only; the director, supervisor and administrator get 404, as for a photo that does not exist.
 * `access-matrix.test.ts` also checks that no answer to those three names the diagnosis.
 */
export const needToKnowMatrix: Record<string, MatrixEntry> = {
  'GET /api/staff/cases/:applicationId (HIV allowance)': { expect: CHAIN, request: (w) => ({ path: `/api/staff/cases/${w.diagnosis.applicationId}` }) },
  'GET /api/applications/:applicationId/documents/:documentId (HIV diagnosis)': {
    expect: { ...OWNER, ...each(['director', 'supervisor', 'admin', ...otherStaff], 404), county: 'allow' },
    request: (w) => ({ path: `/api/applications/${w.diagnosis.applicationId}/documents/${w.diagnosis.documentId}` }),
  },
  'GET /api/staff/cases (HIV allowance filter)': { expect: STAFF, request: () => ({ path: '/api/staff/cases?programme=hivChildAllowance' }) },
};

/** Routes mounted only outside production (`devRoutes`): stand-ins for outside services. */
export const devOnlyRoutes: Record<string, MatrixEntry> = {
  'GET /dev/wechat/sns/jscode2session': {
    expect: PUBLIC,
    request: () => ({ path: '/dev/wechat/sns/jscode2session?appid=wx-development&secret=x&js_code=matrix&grant_type=authorization_code' }),
  },
  'POST /dev/wechat/cgi-bin/stable_token': {
    expect: PUBLIC,
    request: () => ({ path: '/dev/wechat/cgi-bin/stable_token', body: { grant_type: 'client_credential', appid: 'wx-development', secret: 'x' } }),
  },
  'POST /dev/wechat/wxa/business/getuserphonenumber': {
    expect: PUBLIC,
    request: () => ({ path: '/dev/wechat/wxa/business/getuserphonenumber?access_token=x', body: { code: 'matrix' } }),
  },
};
