// Every kernel of a model compiled into one WebAssembly module, once per model, after the engine's math
// functions (mathFunctions.ts): the module imports nothing but its memory. Each workspace instantiates it over
// its own memory (Workspace.ts); kernel k is exported as `k${k}`.

import type { Kernel } from '../buildKernel.ts';
import type { MathFn } from '../formula/Expr.ts';
import { emitKernel } from './emitKernel.ts';
import { encodeModule } from './encodeModule.ts';
import { MATH_FUNCTIONS } from './mathFunctions.ts';
import { shippedMathFunctions } from './shippedMathFunctions.ts';
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
  return compiledKernelModule(kernelModuleBytes(kernels, simd), kernels, simd);
}

/** The module `bytes` (kernelModuleBytes of `kernels`, emitted now or ahead of time) compiled. */
export function compiledKernelModule(
  bytes: Uint8Array<ArrayBuffer>,
  kernels: readonly Kernel[],
  simd: boolean,
): KernelModule {
  return { module: new WebAssembly.Module(bytes), maxInputs: maxInputs(kernels), simd };
}

/** The module's bytes: the math functions, then kernel k as function `k${k}`. */
export function kernelModuleBytes(kernels: readonly Kernel[], simd: boolean): Uint8Array<ArrayBuffer> {
  const fnIndex = (fn: MathFn) => MATH_FUNCTIONS.indexOf(fn);
  return encodeModule({
    memory: { module: 'env', name: 'memory' },
    imports: [],
    functions: [
      ...shippedMathFunctions(),
      ...kernels.map((k, i) => emitKernel(k.expr, k.inputs.length, fnIndex, simd, `k${i}`)),
    ],
  });
}

function maxInputs(kernels: readonly Kernel[]): number {
  return Math.max(0, ...kernels.map((k) => k.inputs.length));
}

/** The kernels of a module, instantiated over `memory`. */
export function instantiateKernels(km: KernelModule, memory: WebAssembly.Memory, count: number): KernelFn[] {
  const instance = new WebAssembly.Instance(km.module, { env: { memory } });
  return Array.from({ length: count }, (_, i) => instance.exports[`k${i}`] as KernelFn);
}
