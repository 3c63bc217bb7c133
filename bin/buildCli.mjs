// Builds the command line into one ES module, build/cli/planpath.mjs (esbuild): no TypeScript transpiling
// and no 1,262 mathjs files to resolve at start, so `npm run cli -- help` starts in a fraction of a second.
// Run by `npm run build`, after `npm install` (prepare) and, when the bundle is missing or older than the
// engine's sources, by bin/planpath.mjs before it runs.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const BUNDLE = fileURLToPath(new URL('../build/cli/planpath.mjs', import.meta.url));

export async function buildCli() {
  rmSync(dirname(BUNDLE), { recursive: true, force: true }); // no stale chunks
  await bundleForNode(
    { planpath: fileURLToPath(new URL('../engine/cli/main.ts', import.meta.url)) },
    dirname(BUNDLE),
  );
}

/**
 * Bundles `entryPoints` (name → source) into `outdir` as the CLI is shipped; the bench builds its child
 * processes' engine this way too, so a first run is timed in the code a planner runs.
 */
export async function bundleForNode(entryPoints, outdir) {
  await build({
    entryPoints,
    outdir,
    outExtension: { '.js': '.mjs' },
    // Modules imported dynamically go to chunks of their own, loaded only by the commands that need them;
    // exceljs (≈ 1.3 MB with its dependencies, CommonJS) is left to Node to load from node_modules when a
    // command reads or writes .xlsx. Minified, so there is less to parse at every start. CommonJS
    // dependencies that call require() get Node's own.
    splitting: true,
    external: ['exceljs'],
    banner: {
      js: "import { createRequire as __planpathRequire } from 'node:module'; const require = __planpathRequire(import.meta.url);",
    },
    minify: true,
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
