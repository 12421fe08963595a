import { randomUUID } from 'node:crypto';
import { residentIdCheckCharacter, CONSENT_VERSION, childPrivacyNoticeOn, toIsoDate, type ChildFacts, type ProgrammeId, type Session } from '@ccs/shared';
import { loadRegions } from '../src/regions/load-regions';
import { seedParameters } from '../src/parameters/seed-parameters';
import { seedServiceListVersions } from '../src/services/seed-service-lists';
import { seedDemoCounty } from '../src/demo/seed-demo-county';
import { httpClient } from './http-client';
import { loggedSmsCode } from './logged-sms-code';
import type { TestServer } from './start-test-server';

/** The demo county (修文县) with its staff, regions, figures, service lists and places, as `npm start` seeds it. */
export async function seedCounty(server: TestServer): Promise<void> {
  await loadRegions(server.deps.db, { provinces: ['52'], onlyWithin: '520123' });
  await seedParameters(server.deps.db);
  await seedServiceListVersions(server.deps.db);
  await seedDemoCounty(server.deps);
}

/** A valid resident ID for a birth date: 修文县 address code, a sequence, the GB 11643 check character. */
export function residentIdFor(birthDate: string, sequence = '123'): string {
  const first17 = `520123${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** A family signs in over HTTP with the SMS code the development server logged; the whole session, as the app keeps it. */
export async function signInFamilySession(server: TestServer, phone: string): Promise<Session> {
  const api = httpClient(server.baseUrl);
  await api.post('/api/auth/sms-codes', { phone });
  const res = await api.post('/api/auth/sms-login', { phone, code: loggedSmsCode(server, phone) });
  if (res.status !== 200) throw new Error(`family sign-in failed: ${JSON.stringify(res.body)}`);
  return res.body as Session;
}

export async function signInFamily(server: TestServer, phone: string): Promise<string> {
  return (await signInFamilySession(server, phone)).accessToken;
}

export async function signInStaff(server: TestServer, username: string, password = 'Demo@2026'): Promise<string> {
  const res = await httpClient(server.baseUrl).post('/api/auth/staff-login', { username, password });
  if (res.status !== 200) throw new Error(`staff sign-in failed: ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}

/** The family agrees to the child privacy notice in force, as the app has it do before the first child; repeats change nothing. */
export async function agreeToChildPrivacy(server: TestServer, token: string): Promise<void> {
  const version = childPrivacyNoticeOn(toIsoDate(new Date())).version;
  const res = await httpClient(server.baseUrl).call('POST', '/api/me/consents', { token, body: { version, agreed: true, channel: 'h5' } });
  if (res.status !== 200) throw new Error(`consent failed: ${JSON.stringify(res.body)}`);
}

/** 事实无人抚养: father in prison, mother lost contact, the child on 500 yuan of 低保 a month (issue 3's journey). */
export const deFactoFacts: ChildFacts = {
  father: 'imprisoned',
  mother: 'lostContact',
  motherLostContactSince: '2025-03',
  familyAssistance: 'minimumLiving',
  assistanceMonthly: 500,
  disability: null,
};

export interface DraftOptions {
  hukouRegion?: string;
  /** With a hukou county or township outside the villages loaded (户籍详细地址). */
  hukouAddress?: string;
  residenceRegion?: string | null;
  programme?: ProgrammeId;
  facts?: ChildFacts;
  birthDate?: string;
  /** The ID number's sequence digits; each call gets a fresh one unless told, so every child is new. */
  sequence?: string;
}

let nextSequence = 600;

/** A family adds a child (in 六广村 unless told) and starts an application draft over HTTP, as the app does. */
async function createDraft(server: TestServer, token: string, options: DraftOptions = {}) {
  const api = httpClient(server.baseUrl);
  const childId = randomUUID();
  nextSequence += 1;
  await agreeToChildPrivacy(server, token);
  const child = await api.call('PUT', `/api/children/${childId}`, {
    token,
    body: {
      name: '小明',
      residentId: residentIdFor(options.birthDate ?? '2015-06-01', options.sequence ?? String(nextSequence)),
      hukouRegion: options.hukouRegion ?? '520123103201',
      hukouAddress: options.hukouAddress ?? null,
      residenceRegion: options.residenceRegion ?? null,
      relation: 'grandparent',
      guardianName: '张桂兰',
    },
  });
  if (child.status >= 300) throw new Error(`add child failed: ${JSON.stringify(child.body)}`);
  const draft = await api.call('POST', '/api/applications', {
    token,
    body: { childId, programme: options.programme ?? 'deFactoUnsupportedAllowance', facts: options.facts ?? deFactoFacts },
  });
  if (draft.status >= 300) throw new Error(`draft failed: ${JSON.stringify(draft.body)}`);
  return draft.body as { id: string; child: { id: string } };
}

/** The id of a new de-facto unsupported allowance draft (unless told otherwise). */
export const startDraft = async (server: TestServer, token: string, options?: DraftOptions): Promise<string> =>
  (await createDraft(server, token, options)).id;

const submitRequest = (server: TestServer, token: string, applicationId: string) =>
  httpClient(server.baseUrl).call('POST', `/api/applications/${applicationId}/submit`, {
    token,
    headers: { 'idempotency-key': randomUUID() },
    body: { consent: { version: CONSENT_VERSION, agreed: true } },
  });

/** Submits (or resubmits) a draft with a fresh idempotency key; returns the Application. */
export async function submitDraft(server: TestServer, token: string, applicationId: string) {
  const res = await submitRequest(server, token, applicationId);
  if (res.status !== 200) throw new Error(`submit failed: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A family adds a child and submits an application; the response is returned as it came. */
export async function submitApplication(server: TestServer, token: string, options: DraftOptions = {}) {
  const draft = await createDraft(server, token, options);
  return { childId: draft.child.id, applicationId: draft.id, response: await submitRequest(server, token, draft.id) };
}
