import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../../server/test-support/start-test-server';
import { seedCounty } from '../../server/test-support/case-fixtures';
import { httpClient } from '../../server/test-support/http-client';
import { launchBrowser } from './launch-browser';

export interface SeededPortal {
  server: TestServer;
  browser: Browser;
  /** For setting up data over HTTP as the people on the page. */
  api: ReturnType<typeof httpClient>;
}

/**
 * Registers a browser suite's set-up: a server with the demo county on its own database, serving the H5 build,
 * Debian's Chromium and an HTTP client; closed after the suite. The fields are set once the first `beforeAll` has run.
 */
export function seededPortalSuite(): SeededPortal {
  const portal = {} as SeededPortal;
  beforeAll(async () => {
    portal.server = await startTestServer();
    await seedCounty(portal.server);
    portal.browser = await launchBrowser();
    portal.api = httpClient(portal.server.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await portal.browser?.close();
    await portal.server?.close();
  });
  return portal;
}
