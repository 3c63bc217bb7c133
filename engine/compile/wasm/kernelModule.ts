// Every kernel of a model compiled into one WebAssembly module, once per model. Each workspace instantiates
// it over its own memory (Workspace.ts); kernel k is exported as `k${k}`.

import type { Kernel } from '../buildKernel.ts';
import { MATH_ARITY, MATH_IMPORTS, type MathImport, mathImportsOf } from '../formula/Expr.ts';
import { emitKernel } from './emitKernel.ts';
import { encodeModule } from './encodeModule.ts';
import { simdSupported } from './simdSupported.ts';

export type KernelFn = (
  n: number,
  frame: number,
  macroCoef: number,
  ownCoef: number,
  year: number,
  t: number,
) => void;

export interface KernelModule {
  module: WebAssembly.Module;
  /** Largest number of inputs of any kernel: the frame holds that many addresses after the first three. */
  maxInputs: number;
  simd: boolean;
}

export function kernelModule(kernels: readonly Kernel[], simd = simdSupported()): KernelModule {
  const used = new Set<MathImport>();
  for (const k of kernels) mathImportsOf(k.expr, used);
  const imports = [...used];
  const importIndex = (fn: MathImport) => imports.indexOf(fn);
  const bytes = encodeModule({
    memory: { module: 'env', name: 'memory' },
    imports: imports.map((fn) => ({
      module: 'math',
      name: fn,
      params: Array<'f64'>(MATH_ARITY[fn]).fill('f64'),
      results: ['f64'],
    })),
    functions: kernels.map((k, i) => emitKernel(k.expr, k.inputs.length, importIndex, simd, `k${i}`)),
  });
  return {
    module: new WebAssembly.Module(bytes),
    maxInputs: Math.max(0, ...kernels.map((k) => k.inputs.length)),
    simd,
  };
}

/** The kernels of a module, instantiated over `memory`. */
export function instantiateKernels(km: KernelModule, memory: WebAssembly.Memory, count: number): KernelFn[] {
  const instance = new WebAssembly.Instance(km.module, { env: { memory }, math: MATH_IMPORTS });
  return Array.from({ length: count }, (_, i) => instance.exports[`k${i}`] as KernelFn);
}
