// What the built page (dist/) is made from, and one hash of it all: every file under engine/, notebook/,
// seeds/ and scenarios/, the two HTML pages, the Vite config and the installed packages' lock. A build writes
// the hash beside the page (notebook/build/buildStampPlugin.ts); `npm start` (bin/start.mjs) serves dist/ as
// it is when the hash still matches and builds first when it does not — so the 基准 result shipped with
// the page is never older than the plan, the scenarios or the engine that computed it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const PAGE_INPUT_DIRS = ['engine', 'notebook', 'seeds', 'scenarios'];
export const PAGE_INPUT_FILES = [
  'index.html',
  'help.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
];
/** Where a build leaves the hash of what it was built from. */
export const PAGE_STAMP = 'dist/.planpath-inputs';

function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** sha256 over the sorted relative paths and contents of every input (a missing one counts as empty). */
export function pageInputsHash(root) {
  const files = [
    ...PAGE_INPUT_DIRS.flatMap((d) => {
      try {
        return filesUnder(join(root, d));
      } catch {
        return [];
      }
    }),
    ...PAGE_INPUT_FILES.map((f) => join(root, f)),
  ]
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      // absent: the path alone counts
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}
