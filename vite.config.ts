import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: '.',
  // Relative asset paths: the built notebook also works from a file server's sub-folder on an intranet.
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // The notebook and its methods page (linked from every verdict).
    rolldownOptions: { input: { main: 'index.html', help: 'help.html' } },
  },
  worker: { format: 'es' },
  server: { host: 'localhost', port: 5173, strictPort: true },
  preview: { host: 'localhost', port: 4173, strictPort: true },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
