import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
// Kept before the model imports: mongoose's inferred model types check differently when a model module comes first.
import { seededPortalSuite } from '../support/seeded-portal-suite';
import { startDraft, submitApplication } from '../../server/test-support/case-fixtures';
import { draftFor } from '../../server/test-support/agreement-fixtures';
import type { Page, Request } from 'playwright-core';
import { openPhonePage, saveScreenshot } from '../support/launch-browser';
import { sessionTokenOf, setTextSize, signInFamilyOnPortal, signInStaffOnPortal, textOf } from '../support/portal-pages';
import { auditPage, type TextSize } from '../support/audit-page';

const portal = seededPortalSuite();

/** Every page route the app declares, main package and subpackages alike. */
function declaredRoutes(): string[] {
  const config = readFileSync(join(import.meta.dirname, '../../miniapp/src/app.config.ts'), 'utf8');
  const list = (pages: string) => [...pages.matchAll(/'([^']+)'/g)].map((match) => match[1]!);
  const main = list(/pages: \[([^\]]*)\]/.exec(config)![1]!);
  const sub = [...config.matchAll(/root: '([^']+)',\s*pages: \[([^\]]*)\]/g)].flatMap(([, root, pages]) => list(pages!).map((page) => `${root}/${page}`));
  return [...main, ...sub];
}

type Persona = 'signedOut' | 'family' | 'director' | 'county';

interface Visit {
  persona: Persona;
  route: string;
  query?: string;
  /** What the person does on the page before it is checked, to reach the state worth checking. */
  then?: (page: Page) => Promise<void>;
}

/** The parent invites the caregiver and copies the link: a QR code and the copied link, with no pop-up. */
async function inviteAndCopy(page: Page): Promise<void> {
  await page.locator('#invite').click();
  await page.locator('#invite-copy').click();
  await expect.poll(() => textOf(page, '#invite-copy')).toBe('链接已复制');
}

/** What each persona has on the server, made once over HTTP as the app would. */
interface Seeded {
  pages: Record<Persona, Page>;
  draftId: string;
  applicationId: string;
  childId: string;
  agreementId: string;
  invitationToken: string;
}

/** The pages in the states people see them: signed out, a family with a child, an application and an agreement, staff. */
function visitsOf(seeded: Seeded): Visit[] {
  const { draftId, applicationId, childId, agreementId, invitationToken } = seeded;
  return [
    { persona: 'signedOut', route: 'pages/index/index' },
    { persona: 'signedOut', route: 'pages/mine/index' },
    { persona: 'signedOut', route: 'packages/services/pages/home/index' },
    { persona: 'signedOut', route: 'packages/services/pages/item/index', query: 'id=national.compulsory-education' },
    { persona: 'signedOut', route: 'packages/services/pages/places/index' },
    { persona: 'signedOut', route: 'packages/services/pages/check/index' },
    { persona: 'signedOut', route: 'packages/agreements/pages/invite/index', query: `token=${invitationToken}` },
    { persona: 'signedOut', route: 'packages/agreements/pages/verify/index', query: 'code=ABC12345' },
    { persona: 'signedOut', route: 'packages/family/pages/apply/index' },
    { persona: 'signedOut', route: 'packages/family/pages/child-privacy/index' },
    { persona: 'signedOut', route: 'packages/family/pages/terms/index', query: 'doc=privacy' },
    { persona: 'signedOut', route: 'packages/staff/pages/login/index' },
    { persona: 'family', route: 'pages/index/index' },
    { persona: 'family', route: 'pages/mine/index' },
    { persona: 'family', route: 'packages/family/pages/children/index' },
    { persona: 'family', route: 'packages/family/pages/apply/index' },
    { persona: 'family', route: 'packages/family/pages/application-form/index', query: `applicationId=${draftId}` },
    { persona: 'family', route: 'packages/family/pages/applications/index' },
    { persona: 'family', route: 'packages/family/pages/application/index', query: `id=${applicationId}` },
    { persona: 'family', route: 'packages/family/pages/child-privacy/index' },
    { persona: 'family', route: 'packages/family/pages/privacy/index' },
    { persona: 'family', route: 'packages/agreements/pages/list/index' },
    { persona: 'family', route: 'packages/agreements/pages/draft/index' },
    { persona: 'family', route: 'packages/agreements/pages/agreement/index', query: `id=${agreementId}`, then: inviteAndCopy },
    { persona: 'family', route: 'packages/agreements/pages/sign/index', query: `id=${agreementId}&party=parent` },
    { persona: 'director', route: 'packages/staff/pages/home/index' },
    { persona: 'director', route: 'packages/staff/pages/case/index', query: `id=${applicationId}` },
    { persona: 'director', route: 'packages/staff/pages/child/index', query: `id=${childId}` },
    { persona: 'director', route: 'packages/staff/pages/agreements/index' },
    { persona: 'director', route: 'packages/staff/pages/data-requests/index' },
    { persona: 'director', route: 'packages/staff/pages/password/index' },
    { persona: 'county', route: 'packages/staff/pages/service-list/index' },
    { persona: 'county', route: 'packages/staff/pages/accounts/index' },
    { persona: 'county', route: 'packages/staff/pages/audit/index' },
    { persona: 'county', route: 'packages/staff/pages/calendar/index' },
    { persona: 'county', route: 'packages/staff/pages/figures/index' },
    { persona: 'county', route: 'packages/staff/pages/places/index' },
  ];
}

/** Counts the page's requests in flight, so a visit waits for its data rather than for a fixed time. */
function trackRequests(page: Page): () => number {
  const inFlight = new Set<Request>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  return () => inFlight.size;
}

const inFlightOf = new Map<Page, () => number>();

/** Opens a route and waits until its page is on show, has stopped sliding and no longer says it is loading. */
async function visit(page: Page, baseUrl: string, route: string, query?: string): Promise<void> {
  await page.goto(`${baseUrl}/#/${route}${query ? `?${query}` : ''}`);
  await expect.poll(() => inFlightOf.get(page)!(), { timeout: 15_000 }).toBe(0);
  // Taro gives each page's element the route as its id: `/<route>?stamp=…`.
  await page.waitForFunction((route) => {
    const shown = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((element) => getComputedStyle(element).display !== 'none');
    const still = shown.every((element) => {
      const { left, right } = element.getBoundingClientRect();
      return left === 0 || left >= window.innerWidth || right <= 0;
    });
    const current = shown.find((element) => element.id.split('?')[0] === `/${route}`);
    return still && current !== undefined && current.getBoundingClientRect().left === 0 && current.innerText.trim() !== '' && !/正在(加载|打开|核验|看)/.test(current.innerText);
  }, route);
}

async function seed(): Promise<Seeded> {
  const { browser, server, api } = portal;
  const signedOut = await openPhonePage(browser);
  const family = await openPhonePage(browser);
  await signInFamilyOnPortal(family, server, '13900000001');
  const token = await sessionTokenOf(family);
  const { childId, applicationId } = await submitApplication(server, token);
  const draftId = await startDraft(server, token);
  const agreementId = randomUUID();
  await api.call('PUT', `/api/agreements/${agreementId}`, { token, body: draftFor([childId]) });
  const invitation = await api.call('POST', `/api/agreements/${agreementId}/invitation`, { token });
  const pages = {
    signedOut,
    family,
    director: await signInStaffOnPortal(browser, server, 'director01'),
    county: await signInStaffOnPortal(browser, server, 'county'),
  };
  for (const page of Object.values(pages)) inFlightOf.set(page, trackRequests(page));
  return { pages, draftId, applicationId, childId, agreementId, invitationToken: invitation.body.token as string };
}

describe('every page passes the accessibility sweep', () => {
  let seeded: Seeded;

  it('the sweep covers every route the app declares, and signing in shows no pop-up', async () => {
    seeded = await seed();
    const visited = new Set(visitsOf(seeded).map((v) => v.route));
    expect(declaredRoutes().filter((route) => !visited.has(route))).toEqual([]);
    expect((await auditPage(seeded.pages.family, 'standard')).popUps).toEqual([]);
  }, 120_000);

  it.each<TextSize>(['standard', 'large'])('in %s text: no serious axe violations, no English or codes, big enough text and targets', async (mode) => {
    const lines: string[] = [];
    const problems: string[] = [];
    for (const [persona, page] of Object.entries(seeded.pages)) {
      // A signed-in person's choice lives on their account too, and the account's choice wins at the next refresh.
      if (persona !== 'signedOut') await portal.api.call('PUT', '/api/me/preferences', { token: await sessionTokenOf(page), body: { textSize: mode } });
      await setTextSize(page, mode);
    }
    for (const { persona, route, query, then } of visitsOf(seeded)) {
      const page = seeded.pages[persona];
      await visit(page, portal.server.baseUrl, route, query);
      await then?.(page);
      const audit = await auditPage(page, mode);
      await saveScreenshot(page, `sweep-${mode}-${persona}-${route.replace(/\/index$/, '').replaceAll('pages/', '').replaceAll('/', '-')}`);
      const where = `${mode} ${persona} ${route}`;
      lines.push(`${where}: ${Object.entries(audit).map(([kind, found]) => `${kind} ${found.length}`).join(', ')}`);
      for (const [kind, found] of Object.entries(audit)) for (const item of found) problems.push(`${where} ${kind}: ${item}`);
    }
    console.log(lines.join('\n'));
    expect(problems).toEqual([]);
  }, 300_000);
});
