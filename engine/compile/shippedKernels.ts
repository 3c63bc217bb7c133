// Kernels planned and emitted ahead of time for a plan that ships with a program (the CLI ships the embedded
// Yaohai plan's: seeds/yaohai.kernels.ts, made by `npm run emit:wasm`). In a fresh process, parsing a plan's
// formulas with mathjs and emitting its kernels was the costliest part of compiling it for a first run
// (8–10 ms in Node). They serve only a plan whose compile inputs are exactly the shipped ones (planKernels.ts
// compileKey): a plan edited in any formula, count flag or parameter is compiled from its formulas as any
// other plan is. The engine itself ships none: it names no plan's indicators.
import { type CompileInputs, compileKey, type KernelPlan } from './planKernels.ts';
import type { ShippedKernelData } from './shippedKernelEntry.ts';
import { bytesOf } from './wasm/bytesOf.ts';
import { compiledKernelModule, type KernelModule } from './wasm/kernelModule.ts';

export interface ShippedKernels {
  plan: KernelPlan;
  module: KernelModule;
}

const offered: ShippedKernelData[] = [];
const ready = new Map<string, ShippedKernels>();

/** Makes these plans' kernels available to compileModel (once each). */
export function useShippedKernels(...data: ShippedKernelData[]): void {
  for (const d of data) if (!offered.some((o) => o.key === d.key)) offered.push(d);
}

/** The shipped kernels for exactly these compile inputs, or null; emitted with SIMD only. */
export function shippedKernels(inputs: CompileInputs, simd: boolean): ShippedKernels | null {
  // Nothing offered (the page, a test): the inputs are not even written out.
  if (!simd || offered.length === 0) return null;
  const key = compileKey(inputs);
  const known = ready.get(key);
  if (known) return known;
  const data = offered.find((d) => d.key === key);
  if (!data) return null;
  const plan = JSON.parse(data.plan) as KernelPlan;
  const shipped: ShippedKernels = {
    plan,
    module: compiledKernelModule(bytesOf(data.module), plan.kernels, true),
  };
  ready.set(key, shipped);
  return shipped;
}
