// Browser tests: build the notebook, serve it on localhost, drive Debian's Chromium (tests/e2e/harness.ts).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two files at once on the two cores: a page mostly waits on its worker and the renderer, so two browsers
    // overlap; every wait is bounded generously, none by the machine's speed.
    maxWorkers: 2,
    environment: 'node',
  },
});
