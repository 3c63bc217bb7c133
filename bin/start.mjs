#!/usr/bin/env node
// `npm start`: the notebook on http://localhost:5173, served from its build (dist/, by serveDist.mjs: Vite's
// preview server alone takes about a second to load). The page is built first
// only when a file it is built from changed since the last build (bin/pageInputs.mjs), so a fresh clone
// after `npm install` (which builds it) or an unchanged tree shows the first chart without waiting for a
// build, and an edited engine, plan or scenario is never served from an old build.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAGE_STAMP, pageInputsHash } from './pageInputs.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PORT = Number(process.env.PLANPATH_PORT ?? 5173);

function built() {
  try {
    return readFileSync(`${root}${PAGE_STAMP}`, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Builds the page unless dist/ was built from exactly the files there are now. */
export async function ensurePage() {
  if (existsSync(`${root}dist/index.html`) && built() === pageInputsHash(root)) return false;
  const { build } = await import('vite');
  console.log('planpath: building the page (its sources changed since the last build) …');
  await build({ root, logLevel: 'warn' });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await ensurePage();
  if (!process.argv.includes('--build-only')) {
    const { serveDist } = await import('./serveDist.mjs');
    try {
      await serveDist(`${root}dist`, PORT);
    } catch (error) {
      console.error(
        error?.code === 'EADDRINUSE'
          ? `planpath: port ${PORT} is in use (another npm start?); set PLANPATH_PORT to use another`
          : `planpath: cannot serve dist/: ${error?.message ?? error}`,
      );
      process.exit(1);
    }
    console.log(`planpath: the notebook on http://localhost:${PORT}/  (Ctrl+C to stop)`);
  }
}
