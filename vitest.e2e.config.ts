import { defineConfig } from 'vitest/config';

// End-to-end tests: the built app (dist/) served on localhost, driven in Debian's Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser at a time keeps timings honest and memory calm.
    fileParallelism: false,
  },
});
