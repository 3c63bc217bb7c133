// A Vite plugin that writes, after a page build, the hash of the files the page was built from
// (bin/pageInputs.mjs), so `npm start` can serve dist/ without building it again when nothing changed.
// The hash is taken when the build starts: a file edited during the build makes the next start rebuild.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { PAGE_STAMP, pageInputsHash } from '../../bin/pageInputs.mjs';

export function buildStampPlugin(root: string): Plugin {
  let hash = '';
  return {
    name: 'planpath-build-stamp',
    apply: 'build',
    buildStart() {
      hash = pageInputsHash(root);
    },
    closeBundle() {
      if (hash) writeFileSync(join(root, PAGE_STAMP), `${hash}\n`);
    },
  };
}
