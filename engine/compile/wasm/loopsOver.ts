// The hand-written loop modules (draws, count look-ups, histograms, target loops) work on a memory they import:
// each is compiled once per process and variant, then instantiated over every memory that needs it.
import { encodeModule, type FuncDef } from './encodeModule.ts';

const compiled = new Map<string, WebAssembly.Module>();

/**
 * The exports of the module made of `functions()` (a variant named by `key`: one compilation per key),
 * instantiated over `memory` (imported as env.memory).
 */
export function loopsOver(
  memory: WebAssembly.Memory,
  key: string,
  functions: () => FuncDef[],
): WebAssembly.Exports {
  let module = compiled.get(key);
  if (!module) {
    module = new WebAssembly.Module(
      encodeModule({ memory: { module: 'env', name: 'memory' }, imports: [], functions: functions() }),
    );
    compiled.set(key, module);
  }
  return new WebAssembly.Instance(module, { env: { memory } }).exports;
}
