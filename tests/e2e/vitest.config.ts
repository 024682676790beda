import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // One stack and one browser at a time on a 2-core machine.
    fileParallelism: false,
  },
});
