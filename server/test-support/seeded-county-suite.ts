import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from './start-test-server';
import { httpClient } from './http-client';
import { seedCounty } from './case-fixtures';

export interface SeededCounty {
  server: TestServer;
  api: ReturnType<typeof httpClient>;
}

/**
 * Registers a suite's server: its own database with the demo county seeded, an HTTP client, closed after the
 * suite. The fields are set once the suite's first `beforeAll` has run, so a suite's own `beforeAll` (sign-ins,
 * extra accounts) registered after this call can use them.
 */
export function seededCountySuite(): SeededCounty {
  const county = {} as SeededCounty;
  beforeAll(async () => {
    county.server = await startTestServer();
    await seedCounty(county.server);
    county.api = httpClient(county.server.baseUrl);
  }, 120_000);
  afterAll(() => county.server?.close());
  return county;
}
