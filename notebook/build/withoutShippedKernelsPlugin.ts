// The page is built without the kernels the engine ships for the embedded plan (engine/compile/shippedKernels.ts):
// they are ≈ 8 KB gzipped, which would take a first visit's JS over its 350 KB budget (BENCHMARKS.md), for
// ≈ 30 ms saved once per worker. The page's worker compiles the plan's formulas as it did before; the CLI, whose
// bundle size nobody waits for, keeps them.
import type { Plugin } from 'vite';

const EMPTY = '\0planpath-no-shipped-kernels';

export function withoutShippedKernelsPlugin(): Plugin {
  return {
    name: 'planpath-without-shipped-kernels',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === './shippedKernelData.ts' && importer?.endsWith('engine/compile/shippedKernels.ts')
        ? EMPTY
        : null,
    load: (id) => (id === EMPTY ? 'export const SHIPPED_KERNEL_DATA = [];' : null),
  };
}
