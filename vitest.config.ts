import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/search/**/*.test.ts'],
    // The Studio agreement test loads the whole sanity package (~10 s cold on 2 cores).
    testTimeout: 120_000,
  },
});
