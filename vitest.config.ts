import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/src/**/*.test.ts', 'miniapp/src/**/*.test.ts', 'server/src/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    reporters: ['default', './tests/support/summary-reporter.ts', './tests/support/journey-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
