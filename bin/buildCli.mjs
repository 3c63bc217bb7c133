// Builds the command line into one ES module, build/cli/planpath.mjs (esbuild): no TypeScript transpiling
// and no 1,262 mathjs files to resolve at start, so `npm run cli -- help` starts in a fraction of a second.
// Run by `npm run build`, after `npm install` (prepare) and, when the bundle is missing or older than the
// engine's sources, by bin/planpath.mjs before it runs.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const BUNDLE = fileURLToPath(new URL('../build/cli/planpath.mjs', import.meta.url));

export async function buildCli() {
  await build({
    entryPoints: [fileURLToPath(new URL('../engine/cli/main.ts', import.meta.url))],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The bundle sits two folders deep, as engine/cli/main.ts does, so paths relative to
    // import.meta.url (the embedded plan in seeds/) resolve the same from both.
    logLevel: 'warning',
    legalComments: 'none',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
