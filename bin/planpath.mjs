#!/usr/bin/env node
// `npm run cli -- …`: runs the command line from its prebuilt bundle (bin/buildCli.mjs). A bundle older than
// any file it was built from is rebuilt first (≈ 1 s, once), so an edited engine never answers with stale code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}build/cli/planpath.mjs`;

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Newest modification time of the bundle's inputs: the engine's and seeds' sources and the installed packages. */
function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    const t = entry.isDirectory() ? newestSource(path) : entry.name.endsWith('.ts') ? mtime(path) : 0;
    if (t > newest) newest = t;
  }
  return newest;
}

const built = mtime(bundle);
const inputs = Math.max(
  newestSource(`${root}engine`),
  newestSource(`${root}seeds`), // the embedded plan's shipped kernels (seeds/yaohai.kernels.ts)
  mtime(`${root}package-lock.json`),
  mtime(import.meta.filename),
);
if (built < inputs) {
  const { buildCli } = await import('./buildCli.mjs');
  await buildCli();
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
