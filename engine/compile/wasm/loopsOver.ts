// The hand-written loop modules (draws, count look-ups, histograms, target loops) work on a memory they import:
// each is shipped as bytes (loopModuleBytes.ts), compiled once per process and variant, then instantiated over
// every memory that needs it.
import { bytesOf } from './bytesOf.ts';
import { LOOP_MODULE_BYTES, type LoopModuleKey } from './loopModuleBytes.ts';

const compiled = new Map<LoopModuleKey, WebAssembly.Module>();

/** The exports of module `key`, instantiated over `memory` (imported as env.memory). */
export function loopsOver(memory: WebAssembly.Memory, key: LoopModuleKey): WebAssembly.Exports {
  let module = compiled.get(key);
  if (!module) {
    module = new WebAssembly.Module(bytesOf(LOOP_MODULE_BYTES[key]));
    compiled.set(key, module);
  }
  return new WebAssembly.Instance(module, { env: { memory } }).exports;
}
