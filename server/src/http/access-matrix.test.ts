import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, createApp } from '../app';
import { devRoutes } from '../dev/dev-routes';
import { seededCountySuite } from '../../test-support/seeded-county-suite';
import type { RouteSpec } from './define-route';
import { accessMatrix, devOnlyRoutes, needToKnowMatrix, type MatrixEntry, type Outcome } from '../../test-support/access-matrix';
import { buildAccessWorld, principals, type AccessWorld, type Who } from '../../test-support/access-world';

const county = seededCountySuite();
let world: AccessWorld;

beforeAll(async () => {
  world = await buildAccessWorld(county.server);
}, 120_000);

const keyOf = (route: Pick<RouteSpec, 'method' | 'path'>) => `${route.method.toUpperCase()} ${route.path}`;
/** Refusals about access; anything else (2xx, or a 4xx about the request itself) is past the access checks. */
const accessRefusals = [401, 403, 404];
const outsiders: readonly Who[] = ['anonymous', 'otherFamily', 'otherCaregiver', 'otherDirector', 'otherSupervisor', 'otherCounty'];

interface Seen {
  route: string;
  who: Who;
  expected: Outcome;
  status: number;
  code?: string;
}

async function perform(key: string, entry: MatrixEntry, who: Who): Promise<Seen & { text: string }> {
  const method = key.split(' ')[0]!;
  const request = await entry.request(world, who);
  const token = world.tokenOf(who);
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...request.headers };
  let body: BodyInit | undefined = request.form;
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  const res = await fetch(county.server.baseUrl + request.path, { method, headers, body });
  const text = await res.text();
  const code = res.headers.get('content-type')?.includes('json') && text.startsWith('{') ? (JSON.parse(text) as { code?: string }).code : undefined;
  return { route: key, who, expected: entry.expect[who], status: res.status, code, text };
}

describe('the access matrix (issue 7 §1)', () => {
  it('has one entry for every API route and no entry for a route that is gone', () => {
    const routes = apiRoutes(county.server.deps).map(keyOf);
    const missing = routes.filter((key) => !accessMatrix[key]);
    const stale = Object.keys(accessMatrix).filter((key) => !routes.includes(key));
    expect(missing, 'routes without an entry in server/test-support/access-matrix.ts').toEqual([]);
    expect(stale, 'entries in access-matrix.ts for routes that no longer exist').toEqual([]);
    expect(Object.keys(devOnlyRoutes).sort()).toEqual(devRoutes(county.server.deps).map(keyOf).sort());
  });

  it('allows and refuses every route for every principal as the matrix says', async () => {
    const secrets = [world.childId, world.application.childId, world.application.id, world.filedAgreement.id];
    const wrong: Seen[] = [];
    const leaks: string[] = [];
    const counts = { allowed: 0, refused: 0 };
    const allowedNot2xx: string[] = [];
    for (const [key, entry] of Object.entries({ ...accessMatrix, ...devOnlyRoutes })) {
      // Reads, and writes that must be refused, go out together; allowed writes one by one, in the order of
      // `principals`, as the entries expect.
      const together = key.startsWith('GET ') ? principals : principals.filter((who) => entry.expect[who] !== 'allow');
      const results = await Promise.all(together.map((who) => perform(key, entry, who)));
      for (const who of principals.filter((who) => !together.includes(who))) results.push(await perform(key, entry, who));
      for (const { text, ...seen } of results) {
        const ok = seen.expected === 'allow' ? !accessRefusals.includes(seen.status) && seen.status < 500 : seen.status === seen.expected;
        if (!ok) wrong.push(seen);
        if (seen.expected === 'allow') {
          counts.allowed += 1;
          if (seen.status >= 300) allowedNot2xx.push(`${key} ${seen.who} ${seen.status} ${seen.code}`);
          if (entry.outsidersSeeNoIds !== false && outsiders.includes(seen.who)) {
            for (const secret of secrets) if (text.includes(secret)) leaks.push(`${key} as ${seen.who} shows ${secret}`);
          }
        } else counts.refused += 1;
      }
    }
    console.log(`access matrix: ${counts.allowed + counts.refused} requests, ${counts.allowed} allowed, ${counts.refused} refused; allowed without a 2xx:\n${allowedNot2xx.join('\n')}`);
    expect({ wrong, leaks }).toEqual({ wrong: [], leaks: [] });
  }, 180_000);

  it('keeps an HIV allowance case need-to-know: the diagnosis for the family and the county only, named to nobody else', async () => {
    const wrong: Seen[] = [];
    const named: string[] = [];
    for (const [key, entry] of Object.entries(needToKnowMatrix)) {
      for (const { text, ...seen } of await Promise.all(principals.map((who) => perform(key, entry, who)))) {
        const ok = seen.expected === 'allow' ? seen.status === 200 : seen.status === seen.expected;
        if (!ok) wrong.push(seen);
        if (seen.status === 200 && !['family', 'county'].includes(seen.who) && /艾滋|hiv/i.test(text)) named.push(`${key} as ${seen.who}`);
      }
    }
    expect({ wrong, named }).toEqual({ wrong: [], named: [] });
  });

  it('does not mount the development stand-ins in production', async () => {
    const app = createApp({ ...county.server.deps, config: { ...county.server.deps.config, NODE_ENV: 'production' } });
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((done) => listening.once('listening', done));
    try {
      const base = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
      for (const key of Object.keys(devOnlyRoutes)) {
        const request = await devOnlyRoutes[key]!.request(world, 'anonymous');
        expect((await fetch(base + request.path)).status, key).toBe(404);
      }
      expect((await fetch(`${base}/api/health`)).status).toBe(200);
    } finally {
      await new Promise((done) => listening.close(done));
    }
  });
});
