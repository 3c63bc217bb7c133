// Browser tests: build the notebook, serve it on localhost, drive Debian's Chromium (tests/e2e/harness.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // One file at a time. Two at once took CI's browser tests from ≈ 650 s to ≈ 400 s, but on the two cores a
    // page's first run then once took over 20 s to show (BENCHMARKS.md, session 36): a green CI matters more.
    fileParallelism: false,
    environment: 'node',
  },
});
