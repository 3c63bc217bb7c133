// A Vite plugin giving the page and its worker what the build computed (computeShippedBaseline.ts), each as a
// chunk of its own so it never delays a script: `virtual:planpath-shipped-plan`, the embedded plan validated
// with its statistics, and `virtual:planpath-shipped-baseline`, the 基准 result for the first paint. Every build
// computes them afresh (`npm start` and `npm run build` build first), so they are never older than the engine,
// the plan or the 基准 file they were built with. The dev server ships neither: an edited engine would not
// recompute them, and the page and its worker load the plan's files instead.
import type { Plugin } from 'vite';
import { toExactJson } from '../client/exactJson.ts';
import type { computeShippedBaseline } from './computeShippedBaseline.ts';
import { splitEnglishProse } from './splitEnglishProse.ts';

export const SHIPPED_PLAN_ID = 'virtual:planpath-shipped-plan';
export const SHIPPED_PLAN_EN_ID = 'virtual:planpath-shipped-plan-en';
export const SHIPPED_BASELINE_ID = 'virtual:planpath-shipped-baseline';
const IDS = [SHIPPED_PLAN_ID, SHIPPED_PLAN_EN_ID, SHIPPED_BASELINE_ID];

/** One computation per build and root, shared by the page's bundle and the worker's (built in the same process). */
const computed = new Map<string, ReturnType<typeof computeShippedBaseline>>();

async function compute(root: string): ReturnType<typeof computeShippedBaseline> {
  let shipped = computed.get(root);
  if (!shipped) {
    // Imported here, not at the top: the engine loads only when a page build asks for the modules.
    shipped = import('./computeShippedBaseline.ts').then((m) => m.computeShippedBaseline(root));
    computed.set(root, shipped);
  }
  return shipped;
}

/** `worker`: the instance of the worker's bundle, which the page's bundle builds midway and which reuses its result. */
export function shippedBaselinePlugin(root: string, { worker = false } = {}): Plugin {
  let serving = false;
  return {
    name: 'planpath-shipped-baseline',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    buildStart() {
      if (!worker) computed.delete(root); // each page build computes afresh
    },
    resolveId: (id) => (IDS.includes(id) ? `\0${id}` : null),
    async load(id) {
      const name = id.startsWith('\0') ? id.slice(1) : null;
      if (!name || !IDS.includes(name)) return null;
      if (serving) return 'export default null;';
      const shipped = await compute(root);
      if (!shipped) return 'export default null;';
      // JSON strings, each parsed once (exactJson keeps NaN, ±Infinity and -0). The result is read only when
      // the page opens the 基准 itself, so its key comes apart from it: a link's load does not parse it.
      // The plan's English notes travel apart, loaded by the English page only (splitEnglishProse.ts).
      const split = splitEnglishProse(shipped.plan.plan);
      if (name === SHIPPED_PLAN_ID)
        return `export default ${JSON.stringify(toExactJson({ ...shipped.plan, plan: split.plan }))};`;
      if (name === SHIPPED_PLAN_EN_ID) return `export default ${JSON.stringify(split.english)};`;
      const { key, result } = shipped.baseline;
      return `export default { key: ${JSON.stringify(key)}, result: ${JSON.stringify(toExactJson(result))} };`;
    },
  };
}
