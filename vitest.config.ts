import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/api/**/*.test.ts',
      'tests/db/**/*.test.ts',
      'tests/docs/**/*.test.ts',
      'tests/idp/**/*.test.ts',
    ],
    // Each file opens its own database; PGlite needs a few seconds to start and migrate.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
