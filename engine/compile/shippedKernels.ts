// The kernels of the plans shipped with the engine (the embedded Yaohai plan), planned and emitted ahead of
// time (shippedKernelData.ts, made by `npm run emit:wasm`): in a fresh process or page worker, parsing the
// formulas with mathjs and emitting the kernels was the costliest part of a first run's compile (8–10 ms in
// Node, ≈ 30 ms in the page's worker). They are used only for a plan whose compile inputs are exactly the
// shipped ones (planKernels.ts compileKey): a plan edited in any formula, count flag or parameter name is
// compiled from its formulas as any other plan is.
import type { KernelPlan } from './planKernels.ts';
import { SHIPPED_KERNEL_DATA } from './shippedKernelData.ts';
import { bytesOf } from './wasm/bytesOf.ts';
import type { KernelModule } from './wasm/kernelModule.ts';

export interface ShippedKernels {
  plan: KernelPlan;
  module: KernelModule;
}

const ready = new Map<string, ShippedKernels>();

/** The shipped kernels for the compile inputs with this key (compileKey), or null; emitted with SIMD only. */
export function shippedKernels(key: string, simd: boolean): ShippedKernels | null {
  if (!simd) return null;
  const known = ready.get(key);
  if (known) return known;
  const data = SHIPPED_KERNEL_DATA.find((d) => d.key === key);
  if (!data) return null;
  const shipped: ShippedKernels = {
    plan: JSON.parse(data.plan) as KernelPlan,
    module: { module: new WebAssembly.Module(bytesOf(data.module)), maxInputs: data.maxInputs, simd: true },
  };
  ready.set(key, shipped);
  return shipped;
}
