import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { KIT_TODAY: '2026-11-28' },
    // A missing golden file fails everywhere, as in CI, instead of being written; `npx vitest run -u` writes them.
    update: 'none',
  },
});
