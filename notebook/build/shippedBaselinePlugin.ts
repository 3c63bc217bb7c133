// A Vite plugin giving the page `virtual:planpath-shipped-baseline`: the 基准 result computed at build time
// (computeShippedBaseline.ts), loaded as its own chunk so it never delays the page's script. Every build
// computes it afresh (`npm start` and `npm run build` build first), so it is never older than the engine,
// the plan or the 基准 file it was built with. The dev server ships none: an edited engine would not
// recompute it, and the page waits for its worker instead.
import type { Plugin } from 'vite';
import { toExactJson } from '../client/exactJson.ts';

export const SHIPPED_BASELINE_ID = 'virtual:planpath-shipped-baseline';
const RESOLVED = `\0${SHIPPED_BASELINE_ID}`;

export function shippedBaselinePlugin(root: string): Plugin {
  let serving = false;
  return {
    name: 'planpath-shipped-baseline',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId: (id) => (id === SHIPPED_BASELINE_ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (serving) return 'export default null;';
      // Imported here, not at the top: the engine loads only when a page build asks for the module.
      const { computeShippedBaseline } = await import('./computeShippedBaseline.ts');
      const shipped = await computeShippedBaseline(root);
      // One JSON string, parsed once in the page (exactJson keeps NaN, ±Infinity and -0).
      return `export default ${shipped ? JSON.stringify(toExactJson(shipped)) : 'null'};`;
    },
  };
}
