import { configDefaults, defineConfig } from 'vitest/config';

/** What every project shares. Projects do not extend the root config, so the global set-up starts one database server for the whole run. */
const common = { pool: 'forks', testTimeout: 30_000, hookTimeout: 120_000 } as const;

/** Browser journeys (Chromium on the built `miniapp/dist/h5`). */
const BROWSER = ['tests/e2e/**/*.test.ts'];
/** Tests that build, start or kill whole processes (API, database, the weapp sandbox) or touch files others read. */
const PROCESSES = ['tests/{crash,deploy,scaling,weapp,bench}/**/*.test.ts'];

/**
 * Three groups, one after the other (`sequence.groupOrder`). Vitest's default on this 2-core machine is one worker,
 * so every file ran alone while part of its time went waiting on HTTP and the database: unit and HTTP files run two
 * at a time, and in the same worker processes (`isolate: false`): each file had spent seconds importing the server
 * again (its models are registered per connection and each file opens its own database, so nothing is shared). Browser journeys run alone (two at once timed out two journeys, docs/performance.md), also without isolation: about 90 s of imports less. Process tests
 * run alone too, as before. A new test file joins a group by where it lives.
 */
export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts', './tests/support/journey-reporter.ts'],
    projects: [
      {
        test: {
          ...common,
          name: 'unit+http',
          include: ['shared/src/**/*.test.ts', 'miniapp/src/**/*.test.ts', 'server/src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...BROWSER, ...PROCESSES],
          maxWorkers: 2,
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      // expect.poll's 1 s default is shorter than a photo's compress-and-upload on a loaded CI machine.
      { test: { ...common, name: 'browser', include: BROWSER, maxWorkers: 1, isolate: false, expect: { poll: { timeout: 10_000 } }, sequence: { groupOrder: 1 } } },
      { test: { ...common, name: 'processes', include: PROCESSES, maxWorkers: 1, sequence: { groupOrder: 2 } } },
    ],
  },
});
