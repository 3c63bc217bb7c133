// A Vite plugin giving the page `virtual:planpath-shipped-baseline`: the 基准 result computed at build time
// (computeShippedBaseline.ts), loaded as its own chunk so it never delays the page's script.
import type { Plugin } from 'vite';

export const SHIPPED_BASELINE_ID = 'virtual:planpath-shipped-baseline';
const RESOLVED = `\0${SHIPPED_BASELINE_ID}`;

export function shippedBaselinePlugin(root: string): Plugin {
  return {
    name: 'planpath-shipped-baseline',
    resolveId: (id) => (id === SHIPPED_BASELINE_ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      // Imported here, not at the top: the engine loads only when a page build asks for the module.
      const { computeShippedBaseline } = await import('./computeShippedBaseline.ts');
      return `export default ${JSON.stringify(await computeShippedBaseline(root))};`;
    },
  };
}
