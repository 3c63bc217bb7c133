import { defineConfig } from 'vitest/config';
import { buildStampPlugin } from './notebook/build/buildStampPlugin.ts';
import { preloadFirstPaintPlugin } from './notebook/build/preloadFirstPaintPlugin.ts';
import { shippedBaselinePlugin } from './notebook/build/shippedBaselinePlugin.ts';

/** Unit test files that need a module graph of their own (see test.projects). */
const OWN_MODULES = [
  'tests/engine/parsedOnce.test.ts',
  'tests/engine/prewarm.test.ts',
  'tests/engine/shippedKernels.test.ts',
  'tests/engine/shockBank.test.ts',
  'tests/engine/wordsOf.test.ts',
  'tests/engine/yieldToEventLoop.test.ts',
  'tests/notebook/shareSync.test.ts',
];

export default defineConfig({
  root: '.',
  // Relative asset paths: the built notebook also works from a file server's sub-folder on an intranet.
  base: './',
  // The 基准 result computed at build time, for the first paint, and the hash of what the page was built
  // from, so `npm start` rebuilds only when that changed (notebook/build/, bin/start.mjs).
  plugins: [
    shippedBaselinePlugin(import.meta.dirname),
    preloadFirstPaintPlugin(),
    buildStampPlugin(import.meta.dirname),
  ],
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // The notebook and its methods page (linked from every verdict).
    rolldownOptions: { input: { main: 'index.html', help: 'help.html' } },
  },
  // The worker reads the embedded plan the build validated, as the page does (client/shippedPlan.ts).
  worker: { format: 'es', plugins: () => [shippedBaselinePlugin(import.meta.dirname, { worker: true })] },
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  test: {
    // A bound on hangs, not a speed check: on a busy two-core machine loading mathjs, building the CLI bundle
    // or starting a worker thread can take tens of seconds. No test asserts how fast anything runs.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Most files share their worker's modules: each file importing the engine and mathjs afresh took 200 of the
    // unit suite's 320 s. The files that read or reset module state (a parser's call count, the kernels
    // offered, the worker API's prewarm, comlink's error handler, the shock banks kept per seed) keep a module
    // graph of their own. Checked with the files in random orders (--sequence.shuffle.files, five seeds).
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'node_modules/**', ...OWN_MODULES],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
    ],
  },
});
